package org.foyer.clients.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import org.foyer.admin.pages.PageMessages;
import org.foyer.clients.entity.Client;
import org.foyer.clients.entity.ClientDetails;
import org.foyer.clients.entity.ClientStatus;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.validation.Inputs;
import org.foyer.core.validation.RecordDraft;
import org.foyer.core.web.routing.CurrentPractice;

/** The client edit page: a new record, or an existing one ({@code ?id=}). */
@Named
@ViewScoped
public class EditClient implements Serializable {

  /** The flash entry the page reads to say the record was saved. */
  static final String SAVED = "clientSaved";

  private static final long serialVersionUID = 1L;

  @Inject transient ClientRecords records;
  @Inject transient Caller caller;
  @Inject transient CurrentPractice practice;
  @Inject transient Inputs inputs;

  private ClientId id;
  private RecordDraft<ClientDetails> form = RecordDraft.empty(ClientDetails.class);
  private boolean loaded;
  private String timeZone = "";

  /**
   * Loads the record named by the view parameter; an unknown, foreign or malformed id meets
   * NotFound, which answers 404.
   */
  public void load() {
    if (loaded || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    loaded = true;
    if (id != null) {
      Client client = records.getClient(caller, id.value());
      form = RecordDraft.of(ClientDetails.class, client.details());
      timeZone = client.timeZone().map(java.time.ZoneId::getId).orElse("");
    }
  }

  public void save() throws IOException {
    try {
      ClientDetails details = form.build();
      Client client =
          isNew() ? records.create(caller, details) : records.update(caller, id.value(), details);
      if (!isNew() || !timeZone.isBlank()) {
        records.changeTimeZone(caller, client.id(), timeZone);
      }
      // Said once, through the flash: a "saved" in the address would say it again from a bookmark.
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().put(SAVED, true);
      external.redirect(practice.page("/staff/client") + "?id=" + client.id());
    } catch (InvalidInput invalid) {
      PageMessages.BESIDE_INPUTS.refuse(null, invalid);
    }
  }

  public boolean isNew() {
    return id == null;
  }

  public java.util.List<ClientRecords.Clinician> getClinicians() {
    return records.listClinicians(caller);
  }

  public ClientStatus[] getStatuses() {
    return ClientStatus.values();
  }

  /** Each field's longest text, from the record's own constraints. */
  public Map<String, Integer> getMaxLength() {
    return inputs.maxLengths(ClientDetails.class);
  }

  public java.util.List<String> getTimeZones() {
    return ClientRecords.listTimeZones();
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone == null ? "" : timeZone;
  }

  public ClientId getId() {
    return id;
  }

  public void setId(ClientId id) {
    this.id = id;
  }

  public RecordDraft<ClientDetails> getForm() {
    return form;
  }
}

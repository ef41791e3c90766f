package org.foyer.clients;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import org.foyer.access.Caller;
import org.foyer.admin.pages.PageMessages;
import org.foyer.errors.InvalidInput;
import org.foyer.errors.NotFound;
import org.foyer.web.CurrentPractice;

/** The client edit page: a new record, or an existing one ({@code ?id=}). */
@Named
@ViewScoped
public class EditClient implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ClientRecords records;
  @Inject transient Caller caller;
  @Inject transient CurrentPractice practice;

  private String id;
  private ClientForm form = new ClientForm();
  private boolean loaded;

  /** Loads the record named by the view parameter; an unknown or foreign id answers 404. */
  public void load() throws IOException {
    if (loaded || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    loaded = true;
    if (id != null && !id.isBlank()) {
      try {
        form = ClientForm.of(records.getClient(caller, UUID.fromString(id)).details());
      } catch (NotFound | IllegalArgumentException e) {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
        FacesContext.getCurrentInstance().responseComplete();
      }
    }
  }

  public void save() throws IOException {
    try {
      Client client =
          isNew()
              ? records.create(caller, form.toDetails())
              : records.update(caller, UUID.fromString(id), form.toDetails());
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(practice.page("/staff/client") + "?id=" + client.id() + "&saved=true");
    } catch (InvalidInput invalid) {
      PageMessages.BESIDE_INPUTS.refuse(null, invalid);
    }
  }

  public boolean isNew() {
    return id == null || id.isBlank();
  }

  public java.util.List<ClientRecords.Clinician> getClinicians() {
    return records.listClinicians(caller);
  }

  public ClientStatus[] getStatuses() {
    return ClientStatus.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ClientForm getForm() {
    return form;
  }
}

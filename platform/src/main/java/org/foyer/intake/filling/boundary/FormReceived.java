package org.foyer.intake.filling.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.portal.account.boundary.ActingFor;

/**
 * The "received" page, reached only by the redirect after a submission committed; it shows the
 * form's stored state, so it never claims a submission that is not there.
 */
@Named
@RequestScoped
public class FormReceived {

  @Inject FormFilling filling;
  @Inject ActingFor actingFor;
  @Inject Caller caller;

  private String id;
  private FormSummary form;
  private FormSummary next;
  private long remaining;

  public void load() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      UUID formId = UUID.fromString(id == null ? "" : id);
      UUID clientId = actingFor.current("That form");
      List<FormSummary> forms = filling.listForms(caller, clientId);
      form =
          forms.stream()
              .filter(f -> f.id().equals(formId) && !f.status().isOpen())
              .findFirst()
              .orElseThrow(() -> new NotFound("That form"));
      // The next form in the order portal home shows them: the same sending first, then older.
      next = forms.stream().filter(FormSummary::needsYou).findFirst().orElse(null);
      remaining = forms.stream().filter(FormSummary::needsYou).count();
    } catch (NotFound | IllegalArgumentException e) {
      context.getExternalContext().responseSendError(404, "Not found");
      context.responseComplete();
    }
  }

  public FormSummary getForm() {
    return form;
  }

  /** The next form still to fill in, or null when everything is sent. */
  public FormSummary getNext() {
    return next;
  }

  public long getRemaining() {
    return remaining;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}

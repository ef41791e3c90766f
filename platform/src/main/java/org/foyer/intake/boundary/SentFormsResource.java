package org.foyer.intake.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.clients.ClientId;
import org.foyer.core.access.Caller;
import org.foyer.intake.entity.IntakeFormId;

/** A form sent to a client, as staff act on it after sending. */
@Path("p/{slug}/clients/{clientId}/intake-forms/{formId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SentFormsResource {

  @Inject IntakeSending sending;
  @Inject Caller caller;

  /** What a withdrawal answers: the form that the client's portal no longer offers. */
  public record Withdrawn(String formId, String title) {}

  @POST
  @Path("withdrawal")
  @Operation(
      summary =
          "Withdraw a form sent by mistake, before the client submitted it (audited); a submitted"
              + " form answers 409")
  public Withdrawn withdraw(
      @PathParam("clientId") ClientId clientId, @PathParam("formId") IntakeFormId formId) {
    String title = sending.withdrawForm(caller, clientId.value(), formId.value());
    return new Withdrawn(formId.toString(), title);
  }
}

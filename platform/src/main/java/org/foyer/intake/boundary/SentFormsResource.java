package org.foyer.intake.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.clients.boundary.ClientId;
import org.foyer.core.access.Caller;
import org.foyer.intake.entity.IntakeFormId;
import org.foyer.intake.review.boundary.FormConfidentiality;
import org.foyer.portal.account.Confidentiality;

/** A form sent to a client, as staff act on it after sending. */
@Path("p/{slug}/clients/{clientId}/intake-forms/{formId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SentFormsResource {

  @Inject IntakeSending sending;
  @Inject FormConfidentiality confidentiality;
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

  @PUT
  @Path("confidentiality")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Keep a form from the client's parents and guardians, or show it again",
      description =
          "Body {\"confidentialFromGuardians\": true} or false. A kept form is left out of every"
              + " list, \"forms waiting\" count, notice and reminder for a contact acting for the"
              + " client and answers 404 to them; the client's own login and staff still see it."
              + " Marking needs the client to be a minor at or above the practice's minor-privacy"
              + " age and answers 409 with the reason otherwise; unmarking is always allowed."
              + " Audited.")
  public Confidentiality keepFromGuardians(
      @PathParam("clientId") ClientId clientId,
      @PathParam("formId") IntakeFormId formId,
      Confidentiality body) {
    boolean kept = Confidentiality.chosenIn(body);
    confidentiality.keepFromGuardians(caller, clientId.value(), formId.value(), kept);
    return new Confidentiality(kept);
  }
}

package org.foyer.intake.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.clients.boundary.ClientId;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.intake.review.boundary.SubmissionReview;

/** The forms sent to a client, and sending one, naming who signs it when several people do. */
@Path("p/{slug}/clients/{clientId}/intake-forms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IntakeFormsResource {

  @Inject IntakeSending sending;
  @Inject SubmissionReview review;
  @Inject Caller caller;

  /**
   * The form to send (a form choice key such as {@code pack:foyer-default:minor-consent} or {@code
   * practice:<version id>}) and, per signature field, who signs it in order.
   */
  public record SendBody(String form, Map<String, List<String>> signers) {}

  /** One form sent, as the list answers it. */
  public record SentForm(String id, String title, String status, String statusLabel) {}

  @GET
  @Operation(summary = "The forms sent to the client, newest sending first, with their status")
  public List<SentForm> list(@PathParam("clientId") ClientId clientId) {
    return review.listForClient(caller, clientId.value()).stream()
        .map(f -> new SentForm(f.id().toString(), f.title(), f.status().name(), f.statusLabel()))
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Send one form to the client, naming its signers in order",
      description =
          "Body {\"form\": \"pack:foyer-default:minor-consent\", \"signers\": {\"signature\":"
              + " [\"<contact id>\", \"<contact id>\"]}}. Each signature field may name the client"
              + " (\"client\") or the client's contacts who may fill in forms (their ids as the"
              + " contacts API lists them), who then sign one after the other, each in their own"
              + " portal; a field not named is signed as the form says (the client, a parent or"
              + " guardian, whoever fills it in, or the clinician on the staff review page). The"
              + " form is submitted when the last one signs. Another practice's or a removed"
              + " contact, or a field that is no signature, answers 400.")
  public SendResult send(@PathParam("clientId") ClientId clientId, SendBody body) {
    if (body == null || body.form() == null || body.form().isBlank()) {
      throw new InvalidInput("Name the form to send", Map.of("form", "is required"));
    }
    return sending.sendForm(
        caller,
        clientId.value(),
        body.form().strip(),
        body.signers() == null ? Map.of() : body.signers());
  }
}

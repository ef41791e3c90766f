package org.foyer.intake.signing.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.core.access.Caller;
import org.foyer.forms.signature.BlobRef;
import org.foyer.intake.entity.IntakeFormId;
import org.foyer.intake.filling.boundary.FormFilling;
import org.foyer.intake.filling.boundary.SigningContext;

/**
 * The clinician's countersignature of a form several people sign: the drawn signature from the
 * review page's pad, then the countersignature itself. Staff only; the CSRF header is checked by
 * the API's guard.
 */
@Path("p/{slug}/intake/countersignatures/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CountersignaturesResource {

  @Inject Countersigning countersigning;
  @Inject Caller caller;
  @Context HttpServletRequest request;

  /** A stored signature mark, as the engine's script fills it into the form. */
  public record StoredMark(String ref, String sha256) {}

  /** The typed name, and the drawn signature stored before (both parts, or neither). */
  public record Countersignature(String typedName, String ref, String sha256) {}

  @POST
  @Path("signature")
  @Consumes("image/png")
  @Operation(summary = "Store the countersignature drawn on the review page's pad")
  public StoredMark storeSignature(@PathParam("id") IntakeFormId id, byte[] png) {
    BlobRef ref =
        countersigning.storeDrawnSignature(caller, id.value(), png, request.getRemoteAddr());
    return new StoredMark(ref.ref(), ref.sha256());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Countersign a form whose next signature is the clinician's (audited)",
      description =
          "Body {\"typedName\": \"Dr. Rae Lin\", \"ref\": ..., \"sha256\": ...} with ref and"
              + " sha256 of a drawn signature stored before, or without them to sign by name. The"
              + " last signature submits the form. A form not waiting for the clinician answers"
              + " 409.")
  public Response countersign(@PathParam("id") IntakeFormId id, Countersignature body) {
    Countersignature given = body == null ? new Countersignature(null, null, null) : body;
    countersigning.countersign(
        caller,
        id.value(),
        given.typedName(),
        drawn(given.ref(), given.sha256()),
        new SigningContext(
            request.getRemoteAddr(), request.getHeader("User-Agent"), FormFilling.locale()));
    return Response.noContent().build();
  }

  /** The drawn signature named, or null (a typed signature) when none or no valid one is. */
  public static BlobRef drawn(String ref, String sha256) {
    if (ref == null || ref.isBlank() || sha256 == null || sha256.isBlank()) {
      return null;
    }
    try {
      return new BlobRef(ref.strip(), sha256.strip(), null);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

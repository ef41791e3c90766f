package org.foyer.intake.filling.boundary;

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
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.core.access.Caller;
import org.foyer.core.rest.PortalAccess;
import org.foyer.forms.signature.BlobRef;
import org.foyer.intake.entity.IntakeFormId;
import org.foyer.portal.account.boundary.ActingFor;

/**
 * The portal form page's script calls: autosave of the draft (the form's own fields, as the browser
 * would post them) and the upload of a drawn signature. Both act for the profile the session acts
 * for now; the CSRF header is checked by the API's guard.
 */
@PortalAccess
@Path("p/{slug}/portal/forms/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PortalFormsResource {

  @Inject FormFilling filling;
  @Inject ActingFor actingFor;
  @Inject Caller caller;
  @Context HttpServletRequest request;

  /** When the draft was saved. */
  public record DraftSaved(Instant savedAt) {}

  /** A stored signature mark, as the engine's script fills it into the form. */
  public record StoredMark(String ref, String sha256) {}

  @POST
  @Path("draft")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(summary = "Save the draft of a form (autosave)")
  public DraftSaved saveDraft(
      @PathParam("id") IntakeFormId id, MultivaluedMap<String, String> form) {
    Map<String, List<String>> post = new LinkedHashMap<>();
    if (form != null) {
      form.forEach((name, values) -> post.put(name, List.copyOf(values)));
    }
    return new DraftSaved(
        filling.saveDraft(caller, clientId(), id.value(), post, request.getRemoteAddr()));
  }

  @POST
  @Path("signature")
  @Consumes("image/png")
  @Operation(summary = "Store a signature drawn on the form's signature pad")
  public StoredMark storeSignature(@PathParam("id") IntakeFormId id, byte[] png) {
    BlobRef ref =
        filling.storeDrawnSignature(caller, clientId(), id.value(), png, request.getRemoteAddr());
    return new StoredMark(ref.ref(), ref.sha256());
  }

  private UUID clientId() {
    return actingFor.current("That form");
  }
}

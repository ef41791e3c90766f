package org.foyer.admin.packs;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;

/** The practice's template packs: list, install a vendor zip, remove. */
@Path("p/{slug}/packs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PacksResource {

  @Inject PracticePacks packs;
  @Inject Caller caller;

  @GET
  @Operation(summary = "Installed packs (built-in and vendor) with their forms")
  public List<PackView> list() {
    return packs.listPacks(caller).stream().map(PackView::of).toList();
  }

  @POST
  @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "Install a vendor pack zip; refused with the engine's problems if invalid")
  // The body travels in a Response, so the scanner cannot see its type without this.
  @APIResponse(
      responseCode = "201",
      description = "The pack was installed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PackView.class)))
  public Response install(InputStream zip) {
    PackSummary installed = packs.install(caller, bounded(zip));
    return Response.status(Response.Status.CREATED).entity(PackView.of(installed)).build();
  }

  @DELETE
  @Path("{packKey}")
  @Operation(summary = "Remove a vendor pack that no open intake packet uses")
  public Response remove(@PathParam("packKey") String packKey) {
    packs.remove(caller, packKey);
    return Response.noContent().build();
  }

  /** Reads at most one byte past the limit, so a huge body is refused without being buffered. */
  private static byte[] bounded(InputStream zip) {
    if (zip == null) {
      return new byte[0];
    }
    try {
      byte[] bytes = zip.readNBytes(PracticePacks.MAX_UPLOAD_BYTES + 1);
      if (bytes.length > PracticePacks.MAX_UPLOAD_BYTES) {
        throw new InvalidInput(
            "Upload a template pack zip of at most " + PracticePacks.MAX_UPLOAD_BYTES + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

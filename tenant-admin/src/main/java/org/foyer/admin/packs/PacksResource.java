package org.foyer.admin.packs;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
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
  public String list() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    packs.listPacks(caller).forEach(p -> list.add(json(p)));
    return list.build().toString();
  }

  @POST
  @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "Install a vendor pack zip; refused with the engine's problems if invalid")
  public Response install(InputStream zip) {
    PackSummary installed = packs.install(caller, bounded(zip));
    return Response.status(Response.Status.CREATED).entity(json(installed).toString()).build();
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

  static JsonObject json(PackSummary pack) {
    JsonArrayBuilder forms = Json.createArrayBuilder();
    pack.forms()
        .forEach(
            f ->
                forms.add(
                    Json.createObjectBuilder()
                        .add("formKey", f.formKey())
                        .add("version", f.version())
                        .add("title", f.title())
                        .add("kind", f.kind())));
    return Json.createObjectBuilder()
        .add("packKey", pack.packKey())
        .add("name", pack.name())
        .add("vendor", pack.vendor())
        .add("version", pack.version())
        .add("licence", pack.licence())
        .add("builtIn", pack.builtIn())
        .add("forms", forms)
        .build();
  }
}

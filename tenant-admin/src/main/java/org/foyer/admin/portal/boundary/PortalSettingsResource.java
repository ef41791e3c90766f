package org.foyer.admin.portal.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.admin.portal.MinorPrivacy;
import org.foyer.admin.portal.entity.PracticeLogo;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;

/** The practice's client-portal settings and logo. */
@Path("p/{slug}/portal-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PortalSettingsResource {

  @Inject PortalSettingsService settings;
  @Inject Caller caller;

  @GET
  @Operation(summary = "The practice's portal settings")
  public PortalSettingsApiView get() {
    return PortalSettingsApiView.of(settings.getSettings(caller));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace the practice's portal settings; they apply from the next request")
  public PortalSettingsApiView change(PortalSettingsBody body) {
    return PortalSettingsApiView.of(
        settings.change(caller, InvalidInput.requireBody(body).toChange()));
  }

  @PUT
  @Path("minor-privacy")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set the age from which a minor's items may be kept from guardians",
      description =
          "Body {\"fromAge\": 14}: whole years, 12 to 17 (a new practice has 14). "
              + "{\"fromAge\": null} turns it off, so that nothing is kept from guardians. "
              + "An age out of range answers 400 with a message on the field minorPrivacyAge.")
  public PortalSettingsApiView changeMinorPrivacy(MinorPrivacy body) {
    return PortalSettingsApiView.of(
        settings.changeMinorPrivacy(caller, InvalidInput.requireBody(body)));
  }

  @GET
  @Path("logo")
  @Produces({"image/png", "image/jpeg"})
  @Operation(summary = "The practice's logo, public branding: no sign-in needed")
  public Response logo() {
    PracticeLogo logo = settings.getLogo();
    // Pages link the logo with its id in the query, so a replaced logo is a new address and a day
    // of caching never shows a stale image.
    CacheControl cache = new CacheControl();
    cache.setMaxAge(86400);
    return Response.ok(logo.content(), logo.contentType())
        .cacheControl(cache)
        .tag(logo.sha256())
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  /** The raw image is the body; its type is decided from its bytes, whatever the header says. */
  @PUT
  @Path("logo")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Upload a PNG or JPEG logo of at most 512 KiB")
  public PortalSettingsApiView uploadLogo(InputStream image) {
    try {
      // One byte past the limit is enough to refuse; a larger body is never held in memory.
      return PortalSettingsApiView.of(
          settings.replaceLogo(caller, image.readNBytes(PracticeLogo.MAX_BYTES + 1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DELETE
  @Path("logo")
  @Operation(summary = "Remove the practice's logo")
  public PortalSettingsApiView removeLogo() {
    return PortalSettingsApiView.of(settings.removeLogo(caller));
  }
}

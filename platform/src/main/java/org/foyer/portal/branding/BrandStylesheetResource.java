package org.foyer.portal.branding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The stylesheet of one brand colour, addressed by the colour itself ({@code
 * /api/branding/2f6f8f.css}). It belongs to no practice and reveals nothing a page does not already
 * show, so public pages (sign-in, invitation) can load it; and since the address names the whole
 * content, it never changes and may be cached for good: a practice that changes colour simply links
 * another address.
 */
@Path("branding")
@RequestScoped
public class BrandStylesheetResource {

  static final String CSS = "text/css; charset=utf-8";

  @GET
  @Path("{colour: [0-9a-f]{6}}.css")
  @Produces(CSS)
  @Operation(summary = "The stylesheet that applies one brand colour to Foyer's pages")
  public Response stylesheet(@PathParam("colour") String colour) {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(31_536_000);
    return Response.ok(new BrandColour(colour).stylesheet(), CSS).cacheControl(cache).build();
  }
}

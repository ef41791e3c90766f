package org.foyer.intake.review.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.admin.packets.PacketId;
import org.foyer.core.access.Caller;

/** A whole intake packet printed blank, for a client to fill in by hand. */
@Path("p/{slug}/intake/packets/{id}")
@RequestScoped
public class BlankPacketsResource {

  @Inject PaperForms paper;
  @Inject Caller caller;

  @GET
  @Path("blank.pdf")
  @Operation(summary = "The packet's included forms, blank, as one PDF (audited)")
  public Response blank(@PathParam("id") PacketId id) {
    return IntakePdfsResource.pdf(paper.getBlankPacketPdf(caller, id.value()), "blank-packet.pdf");
  }
}

package org.foyer.admin.packets.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.foyer.admin.forms.boundary.FormRequests;
import org.foyer.admin.packets.PacketId;
import org.foyer.admin.packets.entity.PacketItemId;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;

/** The practice's intake packets and their ordered items. */
@Path("p/{slug}/packets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PacketsResource {

  @Inject IntakePackets packets;
  @Inject Caller caller;

  /** A packet's name. */
  public record NameBody(String name) {}

  /** A pack form (packKey and formKey) or a practice form version (practiceVersionId). */
  public record ItemBody(String packKey, String formKey, String practiceVersionId) {}

  /** A new zero-based position. */
  public record PositionBody(Integer index) {}

  /** Included in the packet, or removed from it. */
  public record IncludedBody(Boolean included) {}

  @GET
  @Operation(summary = "The practice's packets, the default first")
  public List<PacketSummary> list() {
    return packets.listPackets(caller);
  }

  @POST
  @Operation(summary = "Create a packet holding the installed default templates")
  @APIResponse(
      responseCode = "201",
      description = "The packet was created, with its items",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PacketView.class)))
  public Response create(NameBody body) {
    PacketSummary packet = packets.createPacket(caller, body == null ? null : body.name());
    return Response.status(Response.Status.CREATED).entity(withItems(packet)).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One packet with its items in order")
  public PacketView get(@PathParam("id") PacketId id) {
    return withItems(packets.getPacket(caller, id.value()));
  }

  @PUT
  @Path("{id}/name")
  @Operation(summary = "Rename a packet")
  public PacketSummary rename(@PathParam("id") PacketId id, NameBody body) {
    return packets.rename(caller, id.value(), body == null ? null : body.name());
  }

  @POST
  @Path("{id}/default")
  @Operation(summary = "Make this packet the practice's default")
  public PacketSummary makeDefault(@PathParam("id") PacketId id) {
    return packets.makeDefault(caller, id.value());
  }

  @POST
  @Path("{id}/archive")
  @Operation(summary = "Archive a packet that is not the default")
  public PacketSummary archive(@PathParam("id") PacketId id) {
    return packets.archive(caller, id.value());
  }

  @POST
  @Path("{id}/items")
  @Operation(summary = "Add a pack form or a published practice intake form at the end")
  @APIResponse(
      responseCode = "201",
      description = "The item was added",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PacketItemView.class)))
  public Response addItem(@PathParam("id") PacketId id, ItemBody body) {
    if (body == null) {
      throw new InvalidInput("Name a pack form or a practice form version");
    }
    PacketItemSummary item =
        body.practiceVersionId() != null
            ? packets.addPracticeForm(
                caller,
                id.value(),
                FormRequests.id(body.practiceVersionId(), "That intake form version"))
            : packets.addPackForm(caller, id.value(), body.packKey(), body.formKey());
    return Response.status(Response.Status.CREATED).entity(PacketItemView.of(item)).build();
  }

  @PUT
  @Path("{id}/items/{itemId}/position")
  @Operation(summary = "Move an item to a zero-based position")
  public List<PacketItemView> move(
      @PathParam("id") PacketId id, @PathParam("itemId") PacketItemId itemId, PositionBody body) {
    if (body == null || body.index() == null) {
      throw new InvalidInput("A position is required", java.util.Map.of("index", "is required"));
    }
    List<PacketItemSummary> items =
        packets.moveItem(caller, id.value(), itemId.value(), body.index());
    return items.stream().map(PacketItemView::of).toList();
  }

  @PUT
  @Path("{id}/items/{itemId}/included")
  @Operation(summary = "Include an item in the packet or remove it from the packet")
  public PacketItemView include(
      @PathParam("id") PacketId id, @PathParam("itemId") PacketItemId itemId, IncludedBody body) {
    if (body == null || body.included() == null) {
      throw new InvalidInput(
          "Say whether it is included", java.util.Map.of("included", "is required"));
    }
    return PacketItemView.of(
        packets.setIncluded(caller, id.value(), itemId.value(), body.included()));
  }

  @DELETE
  @Path("{id}/items/{itemId}")
  @Operation(summary = "Delete an item from the packet")
  public Response deleteItem(
      @PathParam("id") PacketId id, @PathParam("itemId") PacketItemId itemId) {
    packets.deleteItem(caller, id.value(), itemId.value());
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/preview")
  @Operation(summary = "The included forms in order, as the engine renders them blank")
  public List<PreviewedForm> preview(@PathParam("id") PacketId id) {
    return packets.preview(caller, id.value());
  }

  private PacketView withItems(PacketSummary packet) {
    return PacketView.of(packet, packets.listItems(caller, packet.id()));
  }
}

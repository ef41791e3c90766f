package org.foyer.intake.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.foyer.admin.packets.boundary.IntakePackets;
import org.foyer.admin.packets.boundary.PacketItemSummary;
import org.foyer.admin.packets.boundary.PacketSummary;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.forms.pdf.PdfHeading;
import org.foyer.intake.control.FormPinning;
import org.foyer.intake.control.IntakeEngine;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.review.control.PacketPdf;
import org.foyer.intake.review.control.PdfHeadings;

/**
 * The paper path's blank PDFs: a form already sent to a client (any staff member, as any may open
 * the client's forms), and a whole packet as one PDF, one section per included form, in packet
 * order.
 *
 * <p>The packet print needs "invite clients and manage intake forms", not the upload capability:
 * which forms a packet holds, and the definitions it pins, are readable only under that capability
 * in tenant-admin ({@link IntakePackets}, the pack and practice-form services all check it), and
 * printing a packet is handing it out, the same act as sending it. Upload holders file the filled
 * paper back in; a packet they need printed is a form staff with the capability prints.
 */
@ApplicationScoped
public class PaperForms {

  static final Locale LOCALE = Locale.ENGLISH;

  private EntityManager em;
  private IntakeEngine intake;
  private IntakePackets packets;
  private FormPinning pinning;
  private PdfHeadings headings;
  private AuditLog audit;

  protected PaperForms() {}

  @Inject
  public PaperForms(
      EntityManager em,
      IntakeEngine intake,
      IntakePackets packets,
      FormPinning pinning,
      PdfHeadings headings,
      AuditLog audit) {
    this.em = em;
    this.intake = intake;
    this.packets = packets;
    this.pinning = pinning;
    this.headings = headings;
    this.audit = audit;
  }

  /** The blank form as it was sent to the client. */
  @Transactional(readOnly = true)
  public byte[] getBlankPdf(Caller caller, UUID formId) {
    if (!caller.isStaff()) {
      throw new NotFound("That form");
    }
    AssignedForm form = formId == null ? null : em.find(AssignedForm.class, formId);
    if (form == null) {
      throw new NotFound("That form");
    }
    return intake.engine().blankPdf(intake.definitionOf(form), headings.sent(form), LOCALE);
  }

  /**
   * The packet's included forms, blank, as one PDF, with the versions sending it now would pin (a
   * pack form that moved past the packet's version is refused, as in sending). Audited.
   */
  @Transactional
  public byte[] getBlankPacketPdf(Caller caller, UUID packetId) {
    caller.require(Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS, "That packet");
    PacketSummary packet = packets.getPacket(caller, packetId);
    PdfHeading heading = headings.practiceOnly();
    List<byte[]> parts =
        packets.listItems(caller, packet.id()).stream()
            .filter(PacketItemSummary::included)
            .map(item -> pinning.pin(caller, item))
            .map(pinned -> intake.engine().blankPdf(intake.definitionOf(pinned), heading, LOCALE))
            .toList();
    if (parts.isEmpty()) {
      throw new InvalidInput(
          "The packet \"" + packet.name() + "\" has no forms to print",
          Map.of("packet", "includes no form"));
    }
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.INTAKE_BLANK_PACKET_PRINTED)
            .about("intake packet " + packet.id() + " printed blank, " + parts.size() + " forms"));
    return PacketPdf.concatenate(parts);
  }
}

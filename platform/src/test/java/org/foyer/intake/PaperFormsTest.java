package org.foyer.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.foyer.admin.packets.boundary.PacketItemSummary;
import org.foyer.audit.AuditAction;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.intake.control.FormPinning;
import org.foyer.intake.review.boundary.PaperForms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaperFormsTest {

  IntakeWorld world;
  PaperForms paper;

  @BeforeEach
  void practice() {
    world = new IntakeWorld("paper");
    paper = paper(world);
  }

  static PaperForms paper(IntakeWorld world) {
    return new PaperForms(
        world.em,
        world.engine,
        world.packets,
        new FormPinning(world.packs, world.forms),
        world.headings,
        world.audit);
  }

  @Test
  void theBlankFormSentToAClientPrintsForAnyStaffMember() throws IOException {
    UUID phq9 = world.send("phq-9");
    try (PDDocument document =
        Loader.loadPDF(world.in(() -> paper.getBlankPdf(world.desk, phq9)))) {
      assertThat(document.getNumberOfPages()).isPositive();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(document).replaceAll("\\s+", " "))
            .as("page %d names the practice and the client it was printed for", page)
            .contains("Calm Waters Counseling - ", "Client: Jo Rivera - Date of birth: 1 May 1990")
            .doesNotContain("Submitted");
      }
    }
    assertThatThrownBy(() -> world.in(() -> paper.getBlankPdf(world.client, phq9)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void aPacketPrintsBlankWithOneSectionPerIncludedFormInPacketOrder() throws IOException {
    PacketItemSummary left = world.item("phq-9");
    world.in(() -> world.packets.setIncluded(world.admin, world.packetId, left.id(), false));
    List<PacketItemSummary> included =
        world.items().stream().filter(PacketItemSummary::included).toList();
    assertThat(included).hasSizeGreaterThan(1);

    byte[] pdf = world.in(() -> paper.getBlankPacketPdf(world.admin, world.packetId));

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    int pages = 0;
    for (PacketItemSummary item : included) {
      pages += pagesOf(blankOfOne(item.formKey()));
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(pages);
      String text = new PDFTextStripper().getText(document);
      int at = -1;
      for (PacketItemSummary item : included) {
        int found = text.indexOf(item.title(), at + 1);
        assertThat(found).as(item.title() + " after the form before it").isGreaterThan(at);
        at = found;
      }
      assertThat(text).doesNotContain(left.title());
      // Printed for no one yet: the practice heads every form, no client is named.
      assertThat(text).contains("Calm Waters Counseling - ").doesNotContain("Client:");
    }
  }

  @Test
  void printingAPacketBlankIsAudited() {
    world.in(() -> paper.getBlankPacketPdf(world.admin, world.packetId));

    AuditEvent last = world.in(() -> world.audit.listRecent(1)).get(0);
    assertThat(last.action()).isEqualTo(AuditAction.INTAKE_BLANK_PACKET_PRINTED);
    assertThat(last.actor()).isEqualTo("admin@example.org");
    assertThat(last.subject()).startsWith("intake packet " + world.packetId + " printed blank");
  }

  @Test
  void anotherPracticesPacketIsNotFound() {
    IntakeWorld other = new IntakeWorld("paper-other");
    PaperForms theirs = paper(other);

    assertThatThrownBy(() -> other.in(() -> theirs.getBlankPacketPdf(other.admin, world.packetId)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> world.in(() -> paper.getBlankPacketPdf(world.admin, UUID.randomUUID())))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> world.in(() -> paper.getBlankPacketPdf(world.admin, null)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void onlyStaffWithTheIntakeCapabilityPrintAPacket() {
    Caller uploader =
        new Caller(
            UUID.randomUUID(),
            Caller.Kind.STAFF,
            "upload@example.org",
            java.util.Set.of(),
            java.util.Set.of(Capability.UPLOAD_GENERAL_DOCUMENTS));

    assertThatThrownBy(() -> world.in(() -> paper.getBlankPacketPdf(world.desk, world.packetId)))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> world.in(() -> paper.getBlankPacketPdf(uploader, world.packetId)))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> world.in(() -> paper.getBlankPacketPdf(world.client, world.packetId)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void aPacketWithNoIncludedFormHasNothingToPrint() {
    world
        .items()
        .forEach(
            item ->
                world.in(
                    () ->
                        world.packets.setIncluded(world.admin, world.packetId, item.id(), false)));

    assertThatThrownBy(() -> world.in(() -> paper.getBlankPacketPdf(world.admin, world.packetId)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("no forms to print");
  }

  private byte[] blankOfOne(String formKey) {
    UUID form = world.send(formKey);
    return world.in(() -> paper.getBlankPdf(world.admin, form));
  }

  private static int pagesOf(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }
}

package org.foyer.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.foyer.audit.AuditAction;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.core.errors.NotFound;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.entity.ClientAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Everything a parent does while acting for their child is attributed "parent on behalf of the
 * child": every audit entry of the form's life in the portal names the parent as the actor and the
 * client as on-behalf-of, and the completed PDF's signature certificate says on whose behalf the
 * parent signed.
 */
class ActingAttributionTest {

  static final Set<AuditAction> PORTAL_FORM_ACTIONS =
      Set.of(
          AuditAction.INTAKE_FORM_OPENED,
          AuditAction.INTAKE_DRAFT_SAVED,
          AuditAction.INTAKE_SIGNATURE_DRAWN,
          AuditAction.INTAKE_SUBMITTED);

  IntakeWorld world;

  @BeforeEach
  void practice() {
    world = new IntakeWorld("acting");
  }

  @Test
  void everyPortalStepOfAParentIsAuditedAsTheParentOnBehalfOfTheChild() throws Exception {
    UUID formId = world.send("privacy-notice-acknowledgment");
    Map<String, List<String>> post =
        FormFillingTest.post(
            "receivedHow", "portal",
            "acknowledges", "true",
            "signerRelationship", "parent",
            "signature.typedName", "Maria Rivera");
    world.in(() -> world.filling.open(world.parent, world.clientId, formId, "203.0.113.9"));
    world.in(
        () -> world.filling.saveDraft(world.parent, world.clientId, formId, post, "203.0.113.9"));
    var mark =
        world.in(
            () ->
                world.filling.storeDrawnSignature(
                    world.parent, world.clientId, formId, FormFillingTest.png(), "203.0.113.9"));
    post.put("signature.ref", List.of(mark.ref()));
    post.put("signature.sha256", List.of(mark.sha256()));
    assertThat(
            world
                .in(
                    () ->
                        world.filling.submit(
                            world.parent, world.clientId, formId, post, FormFillingTest.FROM))
                .received())
        .isTrue();

    List<AuditEvent> steps =
        world.in(() -> world.audit.listRecent(50)).stream()
            .filter(event -> PORTAL_FORM_ACTIONS.contains(event.action()))
            .toList();
    assertThat(steps)
        .extracting(AuditEvent::action)
        .containsExactlyInAnyOrderElementsOf(PORTAL_FORM_ACTIONS);
    assertThat(steps)
        .allSatisfy(
            event -> {
              assertThat(event.actor()).isEqualTo("mum@example.org");
              assertThat(event.onBehalfOf()).isEqualTo("client " + world.clientId);
              assertThat(event.subject()).contains("client " + world.clientId, "form " + formId);
            });

    try (PDDocument pdf =
        Loader.loadPDF(world.in(() -> world.review.getCompletedPdf(world.admin, formId)))) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Signature certificate")
          .contains("mum@example.org (Maria Rivera)")
          .containsPattern("On behalf of:? Jo(ey)? Rivera");
    }
  }

  @Test
  void aContactWithoutFormsCannotHaveAFormShownAgain() {
    UUID formId = world.send("privacy-notice-acknowledgment");
    world.in(
        () -> {
          ClientAccess link = world.em.find(ClientAccess.class, world.parentAccess.id());
          link.permit(Set.of(ContactPermission.DOCUMENTS));
          return null;
        });
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.filling.showAgain(
                            world.parent,
                            world.clientId,
                            formId,
                            Map.of("acknowledges", List.of("true")))))
        .isInstanceOf(NotFound.class);
    assertThat(world.in(() -> world.audit.listRecent(50)))
        .noneMatch(event -> PORTAL_FORM_ACTIONS.contains(event.action()));
  }
}

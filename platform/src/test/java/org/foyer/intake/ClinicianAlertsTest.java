package org.foyer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.audit.AuditAction;
import org.foyer.core.mail.MailKind;
import org.foyer.core.mail.OutboxMessage;
import org.foyer.intake.control.ClinicianAlerts;
import org.foyer.intake.entity.FormSubmitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClinicianAlertsTest {

  IntakeWorld world;
  ClinicianAlerts alerts;

  @BeforeEach
  void practice() {
    world = new IntakeWorld("alerts");
    alerts =
        new ClinicianAlerts(
            world.em,
            world.records,
            new StaffDirectory(world.em),
            world.outbox,
            world.mail,
            world.audit);
  }

  @Test
  void aFlaggedSubmissionTellsTheClinicianWithoutHealthInformation() {
    UUID formId = UUID.randomUUID();
    world.in(
        () -> {
          alerts.onSubmitted(new FormSubmitted(world.clientId, formId, true));
          return null;
        });
    assertThat(world.mail())
        .singleElement()
        .satisfies(
            (OutboxMessage m) -> {
              assertThat(m.kind()).isEqualTo(MailKind.CLINICAL_ATTENTION);
              assertThat(m.recipient()).isEqualTo("therapist@example.org");
              assertThat(m.subject()).isEqualTo("A client's questionnaire needs your attention");
              assertThat(m.textBody())
                  .contains("/staff/client?id=" + world.clientId)
                  .doesNotContain("PHQ", "self-harm", "Rivera", "item");
            });
    assertThat(world.in(() -> world.audit.listRecent(1)).get(0).action())
        .isEqualTo(AuditAction.INTAKE_FLAG_NOTIFIED);
  }

  @Test
  void anUnflaggedSubmissionOrAClientWithoutClinicianSendsNothing() {
    UUID lonely = world.anotherClient("Ari");
    world.in(
        () -> {
          alerts.onSubmitted(new FormSubmitted(world.clientId, UUID.randomUUID(), false));
          alerts.onSubmitted(new FormSubmitted(lonely, UUID.randomUUID(), true));
          return null;
        });
    assertThat(world.mail()).isEmpty();
  }
}

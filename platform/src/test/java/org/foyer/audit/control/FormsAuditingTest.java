package org.foyer.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.forms.boundary.FormChanged;
import org.foyer.admin.packets.boundary.PacketChanged;
import org.foyer.admin.packs.PackChanged;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.tenancy.TenantId;
import org.foyer.fixtures.SamplePractices;
import org.junit.jupiter.api.Test;

/** Form, packet and pack changes land in the practice's audit chain with their actor. */
class FormsAuditingTest {

  static final TestDatabase db = TestDatabase.get();

  final FormsAuditing auditing = new FormsAuditing();

  FormsAuditingTest() {
    auditing.log = new AuditLog(db.entityManager(), Clock.systemUTC());
  }

  @Test
  void everyFormAndPackChangeHasAnAuditAction() {
    for (FormChanged.Change change : FormChanged.Change.values()) {
      assertThat(AuditAction.valueOf("FORM_" + change)).isNotNull();
    }
    for (PackChanged.Change change : PackChanged.Change.values()) {
      assertThat(AuditAction.valueOf("TEMPLATE_PACK_" + change)).isNotNull();
    }
  }

  @Test
  void changesAreRecordedWithActorAndSubject() {
    TenantId practice = SamplePractices.create(db, "forms-audit");
    UUID actor = UUID.randomUUID();
    UUID form = UUID.randomUUID();

    db.inTenant(
        practice,
        () -> {
          auditing.formChanged(
              new FormChanged(actor, form, FormChanged.Change.PUBLISHED, "version 1"));
          auditing.packetChanged(new PacketChanged(actor, UUID.randomUUID(), "x".repeat(400)));
          auditing.packChanged(new PackChanged(actor, "acme", PackChanged.Change.INSTALLED, "1.0"));
          return null;
        });

    List<AuditEvent> events = db.inTenant(practice, () -> auditing.log.listRecent(10));
    assertThat(events)
        .extracting(AuditEvent::action)
        .containsExactly(
            AuditAction.TEMPLATE_PACK_INSTALLED,
            AuditAction.INTAKE_PACKET_CHANGED,
            AuditAction.FORM_PUBLISHED);
    assertThat(events).allSatisfy(e -> assertThat(e.actor()).isEqualTo("staff " + actor));
    assertThat(events.get(2).subject()).isEqualTo("form " + form + ": version 1");
    assertThat(events.get(1).subject()).hasSize(AuditRecord.SUBJECT_LENGTH);
  }
}

package org.foyer.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.roles.boundary.RolesChanged;
import org.foyer.admin.staff.boundary.SamplePractice;
import org.foyer.admin.staff.boundary.StaffChanged;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.core.access.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every staff and roles change becomes an audit record of the same name, in its practice. */
class StaffAuditingTest {

  @ParameterizedTest
  @EnumSource(StaffChanged.Change.class)
  void everyStaffChangeHasAnAuditAction(StaffChanged.Change change) {
    assertThat(AuditAction.valueOf(change.name()).name())
        .hasSizeLessThanOrEqualTo(AuditAction.NAME_LENGTH);
  }

  @ParameterizedTest
  @EnumSource(RolesChanged.Change.class)
  void everyRolesChangeHasAnAuditAction(RolesChanged.Change change) {
    assertThat(AuditAction.valueOf(change.name()).name())
        .hasSizeLessThanOrEqualTo(AuditAction.NAME_LENGTH);
  }

  @Test
  void changesAreRecordedWithActorActionAndSubject() {
    SamplePractice practice = new SamplePractice();
    AuditLog log = new AuditLog(SamplePractice.db.entityManager(), Clock.systemUTC());
    StaffAuditing auditing = new StaffAuditing();
    auditing.log = log;
    Caller admin = practice.caller(StaffRole.ADMINISTRATOR);
    UUID therapist = practice.staff.get(StaffRole.THERAPIST);

    practice.run(
        () -> {
          practice.administration().deactivate(admin, therapist);
          practice.roles().createRole(admin, "Auditor", Set.of());
          practice.staffChanges.fired().forEach(auditing::staffChanged);
          practice.roleChanges.fired().forEach(auditing::rolesChanged);
        });

    List<AuditEvent> events = practice.in(() -> log.listRecent(10));
    assertThat(events)
        .extracting(e -> e.action())
        .contains(AuditAction.STAFF_DEACTIVATED, AuditAction.ROLE_CREATED);
    AuditEvent deactivated =
        events.stream()
            .filter(e -> e.action() == AuditAction.STAFF_DEACTIVATED)
            .findFirst()
            .orElseThrow();
    assertThat(deactivated.actor()).isEqualTo(admin.email());
    assertThat(deactivated.subject()).contains(therapist.toString());
  }

  @Test
  void overlongSubjectsAreShortenedToFit() {
    char[] longer = new char[AuditRecord.SUBJECT_LENGTH + 50];
    Arrays.fill(longer, 'x');
    String fitted = StaffAuditing.fitting(new String(longer));
    assertThat(fitted).hasSize(AuditRecord.SUBJECT_LENGTH).endsWith("…");
    assertThat(StaffAuditing.fitting("short")).isEqualTo("short");
    assertThat(StaffAuditing.fitting(null)).isNull();
  }
}

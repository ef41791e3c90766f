package org.foyer.audit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.activity.TrailPractice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Kim Lee reviews the audit log of a practice where Dana Okafor treats Jo Rivera: what the log
 * tells of a week, of one person, and who else may read it.
 */
class PracticeAuditLogTest {

  static final LocalDate TODAY = LocalDate.ofInstant(TrailPractice.NOW, ZoneOffset.UTC);

  final ReviewedPractice practice = new ReviewedPractice("auditlog");
  final TrailPractice trail = practice.trail;
  final PracticeAuditLog log =
      new PracticeAuditLog(practice.trail.audit, practice.reviewers, practice.telling);
  final Caller kim = practice.kim;
  final Caller dana = practice.dana;
  UUID jo;

  @BeforeEach
  void week() {
    jo = trail.client(kim, "Jo");
    trail.in(() -> trail.records.getClient(dana, jo));
    trail.in(
        () ->
            trail.audit.record(
                AuditRecord.success("kim@example.org", AuditAction.PORTAL_SETTINGS_CHANGED)
                    .about("portal settings")));
    trail.in(
        () ->
            trail.audit.record(
                AuditRecord.failure("intruder@example.org", AuditAction.SIGN_IN_FAILED)
                    .from("203.0.113.9")));
  }

  @Test
  void aWeekOfEveryoneTellsPracticeAndClientEventsInPlainWordsNewestFirst() {
    List<AccessEntry> entries = read(kim, "", TODAY.minusDays(6), TODAY).entries();

    assertThat(entries)
        .extracting(
            entry -> (entry.refused() ? "Refused: " : "") + entry.who() + " " + entry.what())
        .containsExactly(
            "Refused: intruder@example.org tried to sign in",
            "Kim Lee changed the portal settings",
            "Dana Okafor opened Jo Rivera's record",
            "Kim Lee created Jo Rivera's record");
    assertThat(entries.get(0).from()).isEqualTo("203.0.113.9");
    assertThat(entries)
        .extracting(AccessEntry::what)
        .allSatisfy(what -> assertThat(what).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-"));
  }

  @Test
  void aPageStartAsTypedInTheAddressNeverRefusesTheLog() {
    assertThat(AuditLogQuery.pageStart(null)).isEqualTo(Long.MAX_VALUE);
    assertThat(AuditLogQuery.pageStart(" ")).isEqualTo(Long.MAX_VALUE);
    assertThat(AuditLogQuery.pageStart("'; DROP TABLE audit_event; --")).isEqualTo(Long.MAX_VALUE);
    assertThat(AuditLogQuery.pageStart("99999999999999999999")).isEqualTo(Long.MAX_VALUE);
    assertThat(AuditLogQuery.pageStart("-5")).isEqualTo(1);
    assertThat(AuditLogQuery.pageStart(" 42 ")).isEqualTo(42);
  }

  @Test
  void anotherPracticesEventsNeverShowEvenForTheSameAddress() {
    TrailPractice elsewhere = new TrailPractice("elsewhere");
    elsewhere.client(kim, "Robin");

    assertThat(read(kim, "kim@example.org", TODAY, TODAY).entries())
        .extracting(AccessEntry::what)
        .containsExactly("changed the portal settings", "created Jo Rivera's record");
  }

  @Test
  void onePersonsActionsOnlyWhateverTheCaseOfTheirAddress() {
    assertThat(read(kim, "DANA@example.org", TODAY, TODAY).entries())
        .extracting(entry -> entry.who() + " " + entry.what())
        .containsExactly("Dana Okafor opened Jo Rivera's record");
  }

  @Test
  void daysBeforeAnythingHappenedHoldNothingAndEachReadingIsRecorded() {
    assertThat(read(kim, "", TODAY.minusDays(30), TODAY.minusDays(1)).entries()).isEmpty();

    AccessEntry reading = read(kim, "kim@example.org", TODAY, TODAY).entries().get(0);
    assertThat(reading.who() + " " + reading.what()).isEqualTo("Kim Lee read the audit log");
  }

  @Test
  void missingReversedAndOverlongSpansAreRefusedNamingTheField() {
    assertThatThrownBy(() -> read(kim, "", null, TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("from"));
    assertThatThrownBy(() -> read(kim, "", TODAY, TODAY.minusDays(1)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsEntry("to", "The last day comes on or after the first"));
    assertThatThrownBy(() -> read(kim, "", TODAY.minusYears(2), TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.fieldErrors()).containsEntry("to", "Read at most a year at a time"));
    assertThatThrownBy(() -> read(kim, "x".repeat(201), TODAY, TODAY))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void staffWithoutThePermissionAreRefusedAndAnyoneElseFindsNothing() {
    assertThatThrownBy(() -> read(dana, "", TODAY, TODAY)).isInstanceOf(Refused.class);
    Caller mother = trail.login("mother@example.org", "Maria Rivera", jo, Relationship.PARENT);
    assertThatThrownBy(() -> read(mother, "", TODAY, TODAY)).isInstanceOf(NotFound.class);
  }

  @Test
  void aLongWeekIsPagedWithoutGapsOrRepeats() {
    for (int i = 0; i < PracticeAuditLog.PAGE_SIZE; i++) {
      trail.in(() -> trail.records.getClient(dana, jo));
    }
    AuditLogView first = read(kim, "", TODAY, TODAY);
    assertThat(first.entries()).hasSize(PracticeAuditLog.PAGE_SIZE);
    AuditLogView second =
        trail.in(
            () ->
                log.read(
                    kim,
                    new AuditLogQuery("", TODAY, TODAY, first.olderThan()),
                    ZoneOffset.UTC,
                    "198.51.100.7"));
    assertThat(second.olderThan()).isNull();
    assertThat(second.entries()).hasSize(4);
    assertThat(second.entries().get(0).seq()).isLessThan(first.entries().get(49).seq());
  }

  @Test
  void anExportHoldsEveryEventOfTheDaysAndIsRefusedRatherThanCutShort() {
    for (int i = 0; i < PracticeAuditLog.PAGE_SIZE; i++) {
      trail.in(() -> trail.records.getClient(dana, jo));
    }
    List<AccessEntry> all =
        trail.in(
            () ->
                log.export(
                    kim,
                    new AuditLogQuery("", TODAY, TODAY, Long.MAX_VALUE),
                    ZoneOffset.UTC,
                    "198.51.100.7"));
    assertThat(all).hasSize(PracticeAuditLog.PAGE_SIZE + 4);
    assertThat(all.get(all.size() - 1).what()).isEqualTo("created Jo Rivera's record");

    PracticeAuditLog small =
        new PracticeAuditLog(practice.trail.audit, practice.reviewers, practice.telling, 5);
    assertThatThrownBy(
            () ->
                trail.in(
                    () ->
                        small.export(
                            kim,
                            new AuditLogQuery("", TODAY, TODAY, Long.MAX_VALUE),
                            ZoneOffset.UTC,
                            "198.51.100.7")))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsEntry(
                        "to",
                        "These days hold more than 5 events: export fewer days, or one person's"));
    assertThatThrownBy(
            () ->
                trail.in(
                    () ->
                        log.export(
                            dana,
                            new AuditLogQuery("", TODAY, TODAY, Long.MAX_VALUE),
                            ZoneOffset.UTC,
                            "198.51.100.7")))
        .isInstanceOf(Refused.class);
  }

  private AuditLogView read(Caller reader, String person, LocalDate from, LocalDate to) {
    return trail.in(
        () ->
            log.read(
                reader,
                new AuditLogQuery(person, from, to, Long.MAX_VALUE),
                ZoneOffset.UTC,
                "198.51.100.7"));
  }
}

package org.foyer.audit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.documents.boundary.DocumentSummary;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.activity.TrailPractice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Kim Lee reviews the audit log of a practice where Dana Okafor treats Jo Rivera, whose mother acts
 * for her in the portal: what Jo's access history tells Kim, and who else may read it.
 */
class AccessHistoryTest {

  final ReviewedPractice practice = new ReviewedPractice("access");
  final TrailPractice trail = practice.trail;
  final AccessHistory history =
      new AccessHistory(
          practice.trail.audit, practice.reviewers, practice.trail.records, practice.telling);
  final Caller kim = practice.kim;
  final Caller dana = practice.dana;
  UUID jo;
  UUID sam;
  Caller mother;

  @BeforeEach
  void clients() {
    jo = trail.client(kim, "Jo");
    sam = trail.client(kim, "Sam");
    mother = trail.login("mother@example.org", "Maria Rivera", jo, Relationship.PARENT);
  }

  @Test
  void everyoneWhoReachedTheRecordIsNamedWithWhatTheyDidWhenAndFromWhere() {
    trail.in(() -> trail.records.getClient(dana, jo));
    DocumentSummary packet = trail.file(jo, "Intake packet.pdf", "dana@example.org");
    trail.in(() -> trail.documents.download(mother, jo, packet.id()));
    trail.in(() -> trail.records.getClient(dana, sam));

    AccessHistoryView view = read(kim, jo);

    assertThat(view.clientName()).isEqualTo("Jo Rivera");
    assertThat(view.entries())
        .extracting(entry -> entry.who() + " " + entry.what())
        .containsExactly(
            "Maria Rivera (Parent) downloaded Intake packet.pdf",
            "Dana Okafor filed Intake packet.pdf in Jo Rivera's documents",
            "Dana Okafor opened Jo Rivera's record",
            "Kim Lee created Jo Rivera's record");
    assertThat(view.entries()).noneMatch(AccessEntry::refused);
    assertThat(view.entries())
        .allSatisfy(entry -> assertThat(entry.at()).isEqualTo(TrailPractice.NOW));
    assertThat(view.olderThan()).isNull();
  }

  @Test
  void aRefusedAttemptShowsAsRefusedWithTheAddressItCameFrom() {
    trail.in(
        () ->
            trail.audit.record(
                AuditRecord.denied("lee@example.org", AuditAction.RECORD_READ)
                    .about("client " + jo)
                    .from("203.0.113.9")));

    AccessEntry refused = read(kim, jo).entries().get(0);

    assertThat(refused.refused()).isTrue();
    assertThat(refused.who())
        .as("nobody of the practice: the address as typed")
        .isEqualTo("lee@example.org");
    assertThat(refused.what()).isEqualTo("opened Jo Rivera's record");
    assertThat(refused.from()).isEqualTo("203.0.113.9");
  }

  @Test
  void eachReadingIsRecordedAndShowsInTheNextOneAndInTheClientsOwnActivity() {
    read(kim, jo);

    AccessEntry reading = read(kim, jo).entries().get(0);

    assertThat(reading.who() + " " + reading.what())
        .isEqualTo("Kim Lee reviewed who reached Jo Rivera's record");
    assertThat(reading.from()).isEqualTo("198.51.100.7");
  }

  @Test
  void staffWithoutTheAuditPermissionAreRefused() {
    // That the attempt is recorded needs the server's own units of work (the record commits before
    // the refusal); this harness runs both in one, so the browser story checks it.
    assertThatThrownBy(() -> read(dana, jo))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("Review the audit log");
  }

  @Test
  void aPortalLoginAnotherPractisesClientAndAnUnknownIdMeetNotFound() {
    assertThatThrownBy(() -> read(mother, jo)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> read(kim, UUID.randomUUID())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> read(kim, null)).isInstanceOf(NotFound.class);

    UUID theirs = new TrailPractice("elsewhere").client(kim, "Robin");
    assertThatThrownBy(() -> read(kim, theirs))
        .as("another practice's client, asked for from this one")
        .isInstanceOf(NotFound.class);
  }

  @Test
  void longHistoriesArePagedNewestFirstWithoutGapsOrRepeats() {
    for (int i = 0; i < AccessHistory.PAGE_SIZE + 2; i++) {
      trail.in(() -> trail.records.getClient(dana, jo));
    }

    AccessHistoryView first = read(kim, jo);
    assertThat(first.entries()).hasSize(AccessHistory.PAGE_SIZE);
    assertThat(first.olderThan()).isNotNull();
    AccessHistoryView second =
        trail.in(() -> history.read(kim, jo, first.olderThan(), "198.51.100.7"));
    assertThat(second.olderThan()).isNull();
    List<Long> seqs =
        java.util.stream.Stream.concat(first.entries().stream(), second.entries().stream())
            .map(AccessEntry::seq)
            .toList();
    assertThat(seqs)
        .hasSize(AccessHistory.PAGE_SIZE + 3)
        .isSortedAccordingTo((a, b) -> Long.compare(b, a))
        .doesNotHaveDuplicates();
    assertThat(second.entries().get(second.entries().size() - 1).what())
        .isEqualTo("created Jo Rivera's record");
  }

  private AccessHistoryView read(Caller reader, UUID client) {
    return trail.in(() -> history.read(reader, client, Long.MAX_VALUE, "198.51.100.7"));
  }
}

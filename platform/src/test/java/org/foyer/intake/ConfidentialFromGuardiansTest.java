package org.foyer.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.portal.MinorPrivacy;
import org.foyer.audit.AuditAction;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.NotFound;
import org.foyer.documents.DocumentKind;
import org.foyer.documents.boundary.DocumentConfidentiality;
import org.foyer.documents.boundary.DocumentSummary;
import org.foyer.fixtures.SampleClients;
import org.foyer.intake.filling.boundary.FormSummary;
import org.foyer.intake.review.boundary.FormConfidentiality;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.GuardianPrivacy;
import org.foyer.portal.account.entity.ClientAccess;
import org.foyer.portal.account.entity.PortalAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A 15-year-old's document and form kept from guardians: both parents lose them in lists, by id and
 * in counts and notices, the teenager's own login keeps them, and staff can show them again. The
 * practice's age (14 by default) decides who may have items kept.
 */
class ConfidentialFromGuardiansTest {

  IntakeWorld world;
  GuardianPrivacy privacy;
  DocumentConfidentiality documentMarks;
  FormConfidentiality formMarks;
  UUID teen;
  Caller teenLogin;
  Caller mum;
  Caller dad;
  UUID letter;
  UUID form;

  @BeforeEach
  void aTeenagerWithTwoParents() {
    world = new IntakeWorld("privacy");
    privacy = new GuardianPrivacy(world.records, world.settings, world.clock);
    documentMarks = new DocumentConfidentiality(world.em, world.audit, privacy);
    formMarks = new FormConfidentiality(world.em, world.audit, privacy);
    teen = client("Sam", LocalDate.of(2011, 3, 1));
    teenLogin = login(teen, "sam@example.org", "Sam Rivera", Relationship.SELF);
    mum = login(teen, "maria@example.org", "Maria Rivera", Relationship.PARENT);
    dad = login(teen, "luis@example.org", "Luis Rivera", Relationship.GUARDIAN);
    letter = upload(teen, "Session notes");
    form = send(teen, "phq-9");
  }

  UUID client(String first, LocalDate born) {
    return world
        .in(() -> world.records.create(world.admin, SampleClients.minimal(first, "Rivera", born)))
        .id();
  }

  Caller login(UUID clientId, String email, String name, Relationship relationship) {
    UUID account =
        world.in(
            () -> {
              PortalAccount login = new PortalAccount(email, name);
              login.activate("hash");
              world.em.persist(login);
              world.em.flush();
              world.em.persist(new ClientAccess(login.id(), clientId, relationship));
              return login.id();
            });
    return IntakeWorld.portal(account, email);
  }

  UUID upload(UUID clientId, String title) {
    DocumentSummary added =
        world.in(
            () ->
                world.documents.upload(
                    world.admin,
                    clientId,
                    DocumentKind.UPLOADED,
                    title,
                    "notes.pdf",
                    ContactPermissionsTest.pdf()));
    return added.id();
  }

  UUID send(UUID clientId, String formKey) {
    UUID assignment =
        world
            .in(
                () ->
                    world.sending.sendForm(world.admin, clientId, "pack:foyer-default:" + formKey))
            .assignmentId();
    return world.in(
        () ->
            world
                .em
                .createQuery(
                    "SELECT f.id FROM AssignedForm f WHERE f.assignmentId = :a", UUID.class)
                .setParameter("a", assignment)
                .getSingleResult());
  }

  void keep(boolean confidential) {
    world.in(() -> documentMarks.keepFromGuardians(world.admin, teen, letter, confidential));
    world.in(() -> formMarks.keepFromGuardians(world.admin, teen, form, confidential));
  }

  List<UUID> documentsOf(Caller caller) {
    return world.in(() -> world.documents.listDocuments(caller, teen)).stream()
        .map(DocumentSummary::id)
        .toList();
  }

  List<UUID> formsOf(Caller caller) {
    return world.in(() -> world.filling.listForms(caller, teen)).stream()
        .map(FormSummary::id)
        .toList();
  }

  void assertHiddenFrom(Caller parent) {
    assertThat(documentsOf(parent)).isEmpty();
    assertThat(formsOf(parent)).isEmpty();
    assertThat(world.in(() -> world.filling.anyWaiting(parent, teen))).isFalse();
    assertThatThrownBy(() -> world.in(() -> world.documents.download(parent, teen, letter)))
        .isInstanceOf(NotFound.class)
        .hasMessage(catchMessage(() -> world.documents.download(parent, teen, UUID.randomUUID())));
    assertThat(world.in(() -> world.documents.findSummary(parent, teen, letter))).isEmpty();
    assertThatThrownBy(() -> world.in(() -> world.filling.open(parent, teen, form, "a")))
        .isInstanceOf(NotFound.class)
        .hasMessage(catchMessage(() -> world.filling.open(parent, teen, UUID.randomUUID(), "a")));
    assertThat(world.in(() -> world.documents.fileNames(parent, teen, List.of(letter)))).isEmpty();
  }

  String catchMessage(org.foyer.core.persistence.UnitOfWork.UncheckedWork<?> work) {
    try {
      world.in(work);
    } catch (NotFound e) {
      return e.getMessage();
    }
    throw new AssertionError("expected not found");
  }

  @Test
  void beforeMarkingBothParentsSeeEverything() {
    assertThat(documentsOf(mum)).containsExactly(letter);
    assertThat(formsOf(dad)).containsExactly(form);
    assertThat(world.in(() -> world.filling.anyWaiting(mum, teen))).isTrue();
  }

  @Test
  void keptItemsAreInvisibleToBothParentsInListsByIdAndInCounts() {
    keep(true);
    assertHiddenFrom(mum);
    assertHiddenFrom(dad);
  }

  @Test
  void theTeenagersOwnLoginStillSeesAndOpensThem() {
    keep(true);
    assertThat(documentsOf(teenLogin)).containsExactly(letter);
    assertThat(formsOf(teenLogin)).containsExactly(form);
    assertThat(world.in(() -> world.filling.anyWaiting(teenLogin, teen))).isTrue();
    assertThat(world.in(() -> world.documents.download(teenLogin, teen, letter)).content())
        .isEqualTo(ContactPermissionsTest.pdf());
    assertThat(world.in(() -> world.filling.open(teenLogin, teen, form, "a")).id()).isEqualTo(form);
    assertThat(documentsOf(world.admin)).containsExactly(letter);
  }

  @Test
  void otherItemsStayVisibleToParents() {
    UUID invoiceLetter = upload(teen, "Welcome letter");
    keep(true);
    assertThat(documentsOf(mum)).containsExactly(invoiceLetter);
  }

  @Test
  void unmarkingShowsThemAgain() {
    keep(true);
    keep(false);
    assertThat(documentsOf(mum)).containsExactly(letter);
    assertThat(formsOf(dad)).containsExactly(form);
    assertThat(world.in(() -> world.documents.download(mum, teen, letter)).summary().id())
        .isEqualTo(letter);
  }

  @Test
  void markingAndUnmarkingAreAudited() {
    keep(true);
    keep(false);
    List<AuditEvent> events = world.in(() -> world.audit.listRecent(4));
    assertThat(events)
        .extracting(AuditEvent::action)
        .containsOnly(AuditAction.CONFIDENTIALITY_CHANGED);
    assertThat(events)
        .extracting(AuditEvent::subject)
        .contains(
            "client " + teen + " document " + letter + " kept from guardians",
            "client " + teen + " form " + form + " kept from guardians",
            "client " + teen + " document " + letter + " shown to guardians again",
            "client " + teen + " form " + form + " shown to guardians again");
  }

  @Test
  void markingIsRefusedForAnAdult() {
    UUID adultLetter = upload(world.clientId, "Letter");
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        documentMarks.keepFromGuardians(
                            world.admin, world.clientId, adultLetter, true)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("is an adult");
  }

  @Test
  void markingIsRefusedBelowThePracticesAge() {
    UUID child = client("Lea", LocalDate.of(2013, 6, 1));
    UUID childLetter = upload(child, "Drawing");
    UUID childForm = send(child, "phq-9");
    assertThatThrownBy(
            () ->
                world.in(
                    () -> documentMarks.keepFromGuardians(world.admin, child, childLetter, true)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("is 13")
        .hasMessageContaining("from age 14");
    assertThatThrownBy(
            () -> world.in(() -> formMarks.keepFromGuardians(world.admin, child, childForm, true)))
        .isInstanceOf(Conflict.class);
    world.in(() -> world.settings.changeMinorPrivacy(world.admin, new MinorPrivacy(12)));
    assertThat(
            world
                .in(() -> documentMarks.keepFromGuardians(world.admin, child, childLetter, true))
                .confidentialFromGuardians())
        .isTrue();
  }

  @Test
  void markingIsRefusedWhileThePracticeKeepsNothingFromGuardians() {
    world.in(() -> world.settings.changeMinorPrivacy(world.admin, MinorPrivacy.OFF));
    assertThatThrownBy(
            () -> world.in(() -> documentMarks.keepFromGuardians(world.admin, teen, letter, true)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("keeps nothing from guardians");
  }

  @Test
  void staffWithoutThePermissionAndPortalLoginsCannotMark() {
    assertThatThrownBy(
            () -> world.in(() -> documentMarks.keepFromGuardians(teenLogin, teen, letter, true)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> world.in(() -> formMarks.keepFromGuardians(world.desk, teen, form, true)))
        .isInstanceOf(org.foyer.core.errors.Refused.class);
  }

  @Test
  void noticesOfKeptFormsGoToTheTeenagerAlone() {
    keep(true);
    assertThat(world.in(() -> world.sending.resendForm(world.admin, form)).notified()).isEqualTo(1);
    assertThat(world.in(() -> world.logins.listNoticeRecipients(teen, true)))
        .containsExactly("sam@example.org");
    keep(false);
    assertThat(world.in(() -> world.sending.resendForm(world.admin, form)).notified()).isEqualTo(3);
  }

  @Test
  void thePdfOfAKeptFormIsFiledKeptFromGuardians() {
    DocumentSummary pdf =
        world.in(
            () ->
                world.documents.fileGenerated(
                    teen,
                    DocumentKind.INTAKE_FORM,
                    "PHQ-9",
                    "PHQ-9.pdf",
                    "application/pdf",
                    ContactPermissionsTest.pdf(),
                    "therapist@example.org",
                    true));
    assertThat(pdf.confidentialFromGuardians()).isTrue();
    assertThat(documentsOf(mum)).containsExactly(letter);
    assertThat(documentsOf(teenLogin)).contains(pdf.id(), letter);
  }

  @Test
  void theActivityViewDoesNotMentionAKeptFormToParents() {
    keep(true);
    world.in(() -> world.sending.resendForm(world.admin, form));
    org.foyer.portal.activity.ClientActivity activity =
        new org.foyer.portal.activity.ClientActivity(
            new org.foyer.admin.staff.boundary.StaffDirectory(world.em),
            world.audit,
            world.network,
            world.documents,
            world.logins,
            formMarks,
            new org.foyer.messages.boundary.ConversationLists(world.em, null, null, world.records));
    assertThat(
            world.in(() -> activity.listActivity(mum, teen, Long.MAX_VALUE)).entries().stream()
                .map(entry -> entry.sentence()))
        .noneMatch(sentence -> sentence.contains("again"));
    assertThat(
            world
                .in(() -> activity.listActivity(teenLogin, teen, Long.MAX_VALUE))
                .entries()
                .stream()
                .map(entry -> entry.sentence()))
        .anyMatch(sentence -> sentence.contains("sent your intake forms again"));
  }
}

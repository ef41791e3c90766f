package org.foyer.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.foyer.admin.portal.PortalSettingsChanged;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.audit.AuditAction;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.validation.Inputs;
import org.foyer.documents.DocumentKind;
import org.foyer.documents.boundary.DocumentSummary;
import org.foyer.documents.boundary.GeneralDocuments;
import org.foyer.documents.control.DocumentVault;
import org.foyer.events.RecordedEvents;
import org.foyer.fixtures.MovableClock;
import org.foyer.fixtures.SampleCallers;
import org.foyer.fixtures.SampleClients;
import org.foyer.fixtures.SampleLogins;
import org.foyer.fixtures.SamplePractices;
import org.foyer.insurance.boundary.InsurancePolicies;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.ContactNetwork;
import org.foyer.portal.account.entity.ClientAccess;
import org.foyer.security.signin.SampleKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Insurance policies against the real database: what a client and a parent send with real card
 * photos, what staff check, and what a contact without billing, a revoked contact, another client
 * and another practice meet.
 */
class InsurancePoliciesTest {

  static final TestDatabase db = TestDatabase.get();
  static final Instant NOW = Instant.parse("2026-12-04T15:00:00Z");

  final MovableClock clock = new MovableClock(NOW);
  final EntityManager em = db.entityManager();
  final AuditLog audit = new AuditLog(em, clock);
  final ClientRecords records =
      new ClientRecords(em, audit, Inputs.standalone(), new StaffDirectory(em), clock);
  final ContactNetwork network =
      new ContactNetwork(
          em,
          new PortalSettingsService(
              em, new RecordedEvents<PortalSettingsChanged>(), Clock.systemUTC()),
          records);
  final GeneralDocuments documents =
      new GeneralDocuments(
          em, audit, new DocumentVault(em, SampleKeys.MASTER_KEY, clock), records, network, clock);
  final InsurancePolicies policies =
      new InsurancePolicies(em, network, records, documents, audit, Inputs.standalone(), clock);

  final Caller admin = SampleCallers.administrator("admin@example.org");
  final Caller deskWithoutBilling =
      SampleCallers.staff("desk@example.org", EnumSet.of(Capability.UPLOAD_GENERAL_DOCUMENTS));
  TenantId tenant;
  UUID jo;
  Caller joLogin;
  UUID ella;
  Caller ellaParent;
  Caller ellaGrandparent;

  @BeforeEach
  void practiceWithClientsAndContacts() {
    tenant = SamplePractices.create(db, "insurance", "America/New_York", NOW);
    jo = client("Jo", LocalDate.of(1990, 5, 1));
    joLogin = login(jo, "jo@example.org", Relationship.SELF);
    ella = client("Ella", LocalDate.of(2014, 2, 20));
    ellaParent = login(ella, "casey@example.org", Relationship.PARENT);
    ellaGrandparent = login(ella, "gran@example.org", Relationship.EMERGENCY_CONTACT);
    in(
        () -> {
          link(ella, ellaGrandparent).permit(EnumSet.of(ContactPermission.DOCUMENTS));
          return null;
        });
  }

  <T> T in(UnitOfWork.UncheckedWork<T> work) {
    return db.inTenant(tenant, work);
  }

  UUID client(String first, LocalDate born) {
    return in(() -> records.create(admin, SampleClients.minimal(first, "Rivera", born))).id();
  }

  Caller login(UUID clientId, String email, Relationship relationship) {
    return in(() -> SampleLogins.linked(em, clientId, email, email, relationship));
  }

  ClientAccess link(UUID clientId, Caller login) {
    return SampleLogins.link(em, clientId, login.accountId());
  }

  static PolicyDetails primary(String payer) {
    return new PolicyDetails(
        PolicyRank.PRIMARY,
        payer,
        "XKJ-4471-02",
        "GRP 8890",
        "Jo Rivera",
        SubscriberRelationship.SELF,
        null);
  }

  /** A photo as a phone takes it: a real PNG, a card-shaped rectangle with a stripe. */
  static CardPhoto photo(String name) {
    BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xE8F0FA));
    g.fillRect(0, 0, 320, 200);
    g.setColor(new Color(0x1F4E79));
    g.fillRect(0, 30, 320, 28);
    g.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CardPhoto(name, png.toByteArray());
  }

  List<DocumentSummary> cardsOf(UUID clientId) {
    return in(() -> documents.listDocuments(admin, clientId)).stream()
        .filter(d -> d.kind() == DocumentKind.INSURANCE_CARD)
        .toList();
  }

  @Test
  void aClientSendsAPolicyWithBothSidesOfTheCardAndStaffFindItWaiting() {
    InsurancePolicyView sent =
        in(
            () ->
                policies.submit(
                    joLogin,
                    jo,
                    primary("Blue Harbor Health"),
                    photo("front.png"),
                    photo("back.png")));

    assertThat(sent.status()).isEqualTo(PolicyStatus.SUBMITTED);
    assertThat(sent.hasFrontCard()).isTrue();
    assertThat(sent.hasBackCard()).isTrue();
    List<InsurancePolicyView> seen = in(() -> policies.list(admin, jo));
    assertThat(seen)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.details().payerName()).isEqualTo("Blue Harbor Health");
              assertThat(p.details().memberId()).isEqualTo("XKJ-4471-02");
              assertThat(p.submittedBy()).isEqualTo("jo@example.org");
              assertThat(p.statusLabel()).isEqualTo("Waiting for the practice to check it");
            });
    assertThat(cardsOf(jo))
        .extracting(DocumentSummary::title)
        .containsExactlyInAnyOrder("Insurance card (front)", "Insurance card (back)");
    assertThat(in(() -> audit.listRecent(50)))
        .filteredOn(e -> e.action() == AuditAction.INSURANCE_SUBMITTED)
        .singleElement()
        .satisfies(e -> assertThat(e.onBehalfOf()).isEqualTo("client " + jo));
  }

  @Test
  void aParentWhoseLinkPermitsBillingSendsForTheChild() {
    in(() -> policies.submit(ellaParent, ella, primary("Lakeside Mutual"), photo("f.png"), null));

    assertThat(in(() -> policies.list(ellaParent, ella)))
        .singleElement()
        .satisfies(p -> assertThat(p.hasBackCard()).isFalse());
    assertThat(in(() -> policies.list(admin, ella))).hasSize(1);
    assertThat(in(() -> policies.list(joLogin, jo))).isEmpty();
  }

  @Test
  void aContactWithoutBillingARevokedContactAnotherClientAndAnotherPracticeMeetNotFound() {
    UUID policy =
        in(() -> policies.submit(ellaParent, ella, primary("Lakeside Mutual"), null, null)).id();

    assertThatThrownBy(() -> in(() -> policies.list(ellaGrandparent, ella)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> in(() -> policies.submit(ellaGrandparent, ella, primary("X"), null, null)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> in(() -> policies.list(joLogin, ella))).isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                in(() -> policies.correct(joLogin, jo, policy, primary("Moved to Jo"), null, null)))
        .isInstanceOf(NotFound.class);

    in(
        () -> {
          link(ella, ellaParent).revoke(clock.instant());
          return null;
        });
    assertThatThrownBy(() -> in(() -> policies.list(ellaParent, ella)))
        .isInstanceOf(NotFound.class);

    TenantId other = SamplePractices.create(db, "insurance-other", "UTC", NOW);
    assertThatThrownBy(() -> db.inTenant(other, () -> policies.list(admin, ella)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                db.inTenant(
                    other,
                    () ->
                        policies.review(
                            admin, ella, policy, primary("X"), PolicyStatus.ACTIVE, "")))
        .isInstanceOf(NotFound.class);
    assertThat(in(() -> policies.list(admin, ella)))
        .singleElement()
        .satisfies(p -> assertThat(p.status()).isEqualTo(PolicyStatus.SUBMITTED));
  }

  @Test
  void badDetailsAreRefusedWithEveryProblemAndNothingIsKept() {
    PolicyDetails bad =
        new PolicyDetails(
            PolicyRank.PRIMARY,
            " ",
            "<script>alert(1)</script>",
            null,
            "Jo Rivera",
            SubscriberRelationship.PARENT,
            LocalDate.of(2030, 1, 1));

    assertThatThrownBy(() -> in(() -> policies.submit(joLogin, jo, bad, photo("f.png"), null)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsKeys("payerName", "memberId", "subscriberBirthDate"));
    assertThat(in(() -> policies.list(admin, jo))).isEmpty();
    assertThat(cardsOf(jo)).as("the photo of a refused policy is not kept").isEmpty();
  }

  @Test
  void aFileThatIsNotAnImageOrPdfIsRefusedAndThePolicyWithIt() {
    CardPhoto notAPhoto = new CardPhoto("card.png", "MZ this is a program".getBytes());

    assertThatThrownBy(
            () -> in(() -> policies.submit(joLogin, jo, primary("Acme"), notAPhoto, null)))
        .isInstanceOf(InvalidInput.class);
    assertThat(in(() -> policies.list(admin, jo))).isEmpty();
  }

  @Test
  void controlCharactersNeverReachTheRecordAndMarkupIsKeptAsTyped() {
    PolicyDetails typed =
        new PolicyDetails(
            PolicyRank.SECONDARY,
            "<b>Acme</b> \u202EHealth",
            "ab-12",
            "",
            "${name} #{x}",
            SubscriberRelationship.SELF,
            null);
    in(() -> policies.submit(joLogin, jo, typed, null, null));

    PolicyDetails stored = in(() -> policies.list(joLogin, jo)).get(0).details();
    assertThat(stored.payerName()).isEqualTo("<b>Acme</b> Health");
    assertThat(stored.subscriberName()).isEqualTo("${name} #{x}");
    assertThat(stored.groupNumber()).isNull();
  }

  @Test
  void staffPutOnePolicyPerRankInUseAndSendOthersBackWithANote() {
    UUID first = in(() -> policies.submit(joLogin, jo, primary("Blue Harbor"), null, null)).id();
    UUID second = in(() -> policies.submit(joLogin, jo, primary("Red Cove"), null, null)).id();

    InsurancePolicyView active =
        in(
            () ->
                policies.review(
                    admin, jo, first, primary("Blue Harbor Health"), PolicyStatus.ACTIVE, ""));
    assertThat(active.details().payerName())
        .as("staff's correction")
        .isEqualTo("Blue Harbor Health");
    assertThat(active.reviewedBy()).isEqualTo("admin@example.org");

    assertThatThrownBy(
            () ->
                in(
                    () ->
                        policies.review(
                            admin, jo, second, primary("Red Cove"), PolicyStatus.ACTIVE, "")))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("rank"));
    assertThatThrownBy(
            () ->
                in(
                    () ->
                        policies.review(
                            admin,
                            jo,
                            second,
                            primary("Red Cove"),
                            PolicyStatus.NEEDS_CHANGES,
                            " ")))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("note"));
    in(
        () ->
            policies.review(
                admin,
                jo,
                second,
                primary("Red Cove"),
                PolicyStatus.NEEDS_CHANGES,
                "The member ID on the photo ends in 03"));

    InsurancePolicyView asked =
        in(() -> policies.list(joLogin, jo)).stream()
            .filter(p -> p.id().equals(second))
            .findFirst()
            .orElseThrow();
    assertThat(asked.statusLabel()).isEqualTo("The practice asked for a correction");
    assertThat(asked.statusNote()).isEqualTo("The member ID on the photo ends in 03");

    InsurancePolicyView photoAdded =
        in(() -> policies.attachCard(joLogin, jo, second, false, photo("back.png")));
    assertThat(photoAdded.status())
        .as("sending what was asked returns the policy to the practice")
        .isEqualTo(PolicyStatus.SUBMITTED);
    in(
        () ->
            policies.review(
                admin, jo, second, primary("Red Cove"), PolicyStatus.NEEDS_CHANGES, "Group?"));
    InsurancePolicyView corrected =
        in(
            () ->
                policies.correct(joLogin, jo, second, primary("Red Cove"), photo("new.png"), null));
    assertThat(corrected.status()).isEqualTo(PolicyStatus.SUBMITTED);
    assertThat(corrected.statusNote()).isNull();
    assertThatThrownBy(
            () -> in(() -> policies.correct(joLogin, jo, first, primary("Changed"), null, null)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("already checked");
  }

  @Test
  void theBackOfTheCardCanFollowUntilThePracticeHasCheckedThePolicy() {
    UUID policy =
        in(() -> policies.submit(joLogin, jo, primary("Blue Harbor"), photo("f.png"), null)).id();

    InsurancePolicyView withBack =
        in(() -> policies.attachCard(joLogin, jo, policy, false, photo("back.png")));
    assertThat(withBack.hasBackCard()).isTrue();
    assertThatThrownBy(() -> in(() -> policies.attachCard(joLogin, jo, policy, true, null)))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("photo"));

    in(() -> policies.review(admin, jo, policy, primary("Blue Harbor"), PolicyStatus.ACTIVE, ""));
    assertThatThrownBy(
            () -> in(() -> policies.attachCard(joLogin, jo, policy, true, photo("again.png"))))
        .isInstanceOf(InvalidInput.class);
    assertThat(
            in(() -> policies.attachCard(admin, jo, policy, true, photo("scan.png")))
                .hasFrontCard())
        .isTrue();
    assertThat(cardsOf(jo)).hasSize(3);
  }

  @Test
  void onlyStaffWithBillingCheckPolicies() {
    UUID policy = in(() -> policies.submit(joLogin, jo, primary("Blue Harbor"), null, null)).id();

    assertThatThrownBy(
            () ->
                in(
                    () ->
                        policies.review(
                            deskWithoutBilling, jo, policy, primary("X"), PolicyStatus.ACTIVE, "")))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(
            () ->
                in(
                    () ->
                        policies.review(
                            joLogin, jo, policy, primary("X"), PolicyStatus.ACTIVE, "")))
        .isInstanceOf(NotFound.class);
    assertThat(in(() -> policies.list(deskWithoutBilling, jo)))
        .as("any staff member may read them")
        .hasSize(1);
  }
}

package org.foyer.portal.account.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.foyer.clients.entity.Client;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.tenancy.TenantSlug;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.entity.ClientAccess;
import org.foyer.portal.account.entity.Contact;
import org.foyer.portal.account.entity.PortalAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The network seen from one client: who is told, who is named, who may act, per practice. */
class ClientLoginsTest {

  static final TestDatabase db = TestDatabase.get();

  final ClientLogins logins = new ClientLogins(db.entityManager());
  TenantId tenant;
  UUID child;
  UUID mother;
  UUID father;
  UUID invited;

  @BeforeEach
  void family() {
    tenant = practice("logins");
    db.inTenant(
        tenant,
        () -> {
          EntityManager em = db.entityManager();
          Client client = new Client("Ella", "Brooks", LocalDate.of(2015, 1, 1), true);
          em.persist(client);
          child = client.id();
          mother = login(em, "mum@example.org", "Maria Brooks", true);
          father = login(em, "dad@example.org", "Dan Brooks", true);
          invited = login(em, "aunt@example.org", "Ann Brooks", false);
          em.flush();
          return null;
        });
    in(() -> logins.link(mother, child, Relationship.PARENT));
    in(() -> logins.link(father, child, Relationship.GUARDIAN));
    in(() -> logins.link(invited, child, Relationship.RESPONSIBLE_PARTY));
  }

  static TenantId practice(String prefix) {
    Practice practice =
        new Practice(
            new TenantSlug(prefix + "-" + UUID.randomUUID().toString().substring(0, 8)),
            "Network Practice",
            "UTC",
            Instant.now());
    db.inTenant(
        practice.tenantId(),
        () -> {
          db.entityManager().persist(practice);
          return null;
        });
    return practice.tenantId();
  }

  static UUID login(EntityManager em, String email, String name, boolean active) {
    PortalAccount account = new PortalAccount(email, name);
    if (active) {
      account.activate("hash");
    }
    em.persist(account);
    return account.id();
  }

  void in(Runnable work) {
    db.inTenant(
        tenant,
        () -> {
          work.run();
          return null;
        });
  }

  void revokeFather() {
    in(
        () ->
            db.entityManager()
                .createQuery(
                    "SELECT a FROM ClientAccess a WHERE a.portalAccountId = :a", ClientAccess.class)
                .setParameter("a", father)
                .getSingleResult()
                .revoke(Instant.now()));
  }

  @Test
  void linkingTwiceKeepsOneStandingLink() {
    in(() -> logins.link(mother, child, Relationship.PARENT));

    assertThat(db.inTenant(tenant, () -> logins.listLoginsActingFor(child)))
        .containsExactlyInAnyOrder(mother, father, invited);
  }

  @Test
  void onlyLoginsThatCanSignInAreToldAndRevokedOnesNeverAre() {
    assertThat(db.inTenant(tenant, () -> logins.listNoticeRecipients(child)))
        .containsExactly("dad@example.org", "mum@example.org");

    revokeFather();

    assertThat(db.inTenant(tenant, () -> logins.listNoticeRecipients(child)))
        .containsExactly("mum@example.org");
    assertThat(db.inTenant(tenant, () -> logins.listLoginsActingFor(child)))
        .containsExactlyInAnyOrder(mother, invited);
    assertThat(db.inTenant(tenant, () -> logins.listGuardianNames(child)))
        .containsExactly("Maria Brooks");
  }

  @Test
  void whoActedIsNamedWithTheRelationshipEvenAfterTheLinkEnded() {
    revokeFather();

    assertThat(db.inTenant(tenant, () -> logins.findNameInNetwork(child, "dad@example.org")))
        .contains("Dan Brooks (Legal guardian)");
    assertThat(db.inTenant(tenant, () -> logins.findNameInNetwork(child, "x@example.org")))
        .isEmpty();
  }

  @Test
  void onlyASelfLinkMakesALoginTheClientThemself() {
    assertThat(db.inTenant(tenant, () -> logins.isClientThemself(mother))).isFalse();
    UUID adult =
        db.inTenant(
            tenant,
            () -> {
              Client client = new Client("Jo", "Rivera", LocalDate.of(1990, 5, 1), false);
              db.entityManager().persist(client);
              db.entityManager().flush();
              return client.id();
            });

    in(() -> logins.link(mother, adult, Relationship.SELF));

    assertThat(db.inTenant(tenant, () -> logins.isClientThemself(mother))).isTrue();
  }

  @Test
  void anotherPracticeSeesNoneOfTheNetwork() {
    TenantId other = practice("other");

    assertThat(db.inTenant(other, () -> logins.listLoginsActingFor(child))).isEmpty();
    assertThat(db.inTenant(other, () -> logins.listNoticeRecipients(child))).isEmpty();
    assertThat(db.inTenant(other, () -> logins.findNameInNetwork(child, "mum@example.org")))
        .isEmpty();
  }

  @Test
  void aLinkWithoutNoticesIsNeverTold() {
    in(
        () ->
            db.entityManager()
                .createQuery(
                    "SELECT a FROM ClientAccess a WHERE a.portalAccountId = :a", ClientAccess.class)
                .setParameter("a", father)
                .getSingleResult()
                .permit(EnumSet.of(ContactPermission.FORMS)));

    assertThat(db.inTenant(tenant, () -> logins.listNoticeRecipients(child)))
        .containsExactly("mum@example.org");
  }

  @Test
  void aNoticeAboutFormsGoesOnlyToLinksThatMayCompleteForms() {
    in(
        () ->
            db.entityManager()
                .createQuery(
                    "SELECT a FROM ClientAccess a WHERE a.portalAccountId = :a", ClientAccess.class)
                .setParameter("a", father)
                .getSingleResult()
                .permit(EnumSet.of(ContactPermission.APPOINTMENTS, ContactPermission.NOTICES)));

    assertThat(
            db.inTenant(
                tenant, () -> logins.listNoticeRecipients(child, ContactPermission.FORMS, false)))
        .containsExactly("mum@example.org");
    assertThat(db.inTenant(tenant, () -> logins.listNoticeRecipients(child)))
        .containsExactly("dad@example.org", "mum@example.org");
  }

  @Test
  void aContactLinkedByInvitationIsOnePersonWithALinkToEachClient() {
    UUID sibling =
        db.inTenant(
            tenant,
            () -> {
              Client client = new Client("Theo", "Brooks", LocalDate.of(2017, 1, 1), true);
              db.entityManager().persist(client);
              db.entityManager().flush();
              return client.id();
            });

    in(() -> logins.link(mother, sibling, Relationship.PARENT));

    assertThat(
            db.inTenant(
                tenant,
                () ->
                    db.entityManager()
                        .createQuery(
                            "SELECT a.contactId FROM ClientAccess a"
                                + " WHERE a.portalAccountId = :a",
                            UUID.class)
                        .setParameter("a", mother)
                        .getResultList()))
        .hasSize(2)
        .doesNotContainNull()
        .satisfies(ids -> assertThat(ids.get(0)).isEqualTo(ids.get(1)));
  }

  @Test
  void aContactWhoWasNeverInvitedHasNoLoginActingForTheClient() {
    in(
        () -> {
          Contact neighbour = new Contact("Nel Parks", null, "312 555 0199", null);
          db.entityManager().persist(neighbour);
          db.entityManager().flush();
          db.entityManager()
              .persist(
                  new ClientAccess(
                      child,
                      neighbour.id(),
                      Relationship.EMERGENCY_CONTACT,
                      null,
                      ContactPermission.none()));
        });

    assertThat(db.inTenant(tenant, () -> logins.listLoginsActingFor(child)))
        .containsExactlyInAnyOrder(mother, father, invited);
    assertThat(db.inTenant(tenant, () -> logins.listNoticeRecipients(child)))
        .containsExactly("dad@example.org", "mum@example.org");
  }
}

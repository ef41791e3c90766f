package org.foyer.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.foyer.admin.portal.ClientOutreach;
import org.foyer.admin.portal.entity.PortalSettingsChange;
import org.foyer.core.mail.MailKind;
import org.foyer.core.mail.Outbox;
import org.foyer.core.mail.OutboxMessage;
import org.foyer.core.mail.delivery.MailSettings;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.invitation.SamplePortal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client invitation email: branded, with the link, and nothing about any client but the
 * invitee's own name.
 */
class ClientInvitationMailTest {

  static final MailSettings SETTINGS =
      MailSettings.read(
          name ->
              Optional.ofNullable(
                  Map.of(MailSettings.PUBLIC_URL, "https://portal.example.org/").get(name)));

  SamplePortal portal;
  ClientInvitationMail mail;

  @BeforeEach
  void practice() {
    portal = new SamplePortal();
    mail =
        new ClientInvitationMail(
            new Outbox(SamplePortal.db.unitOfWork(), portal.clock),
            SETTINGS,
            SamplePortal.db.unitOfWork());
  }

  /** Invites and lets the mail observer queue the email in the same unit of work. */
  OutboxMessage invite(UUID client, String email, Relationship relationship) {
    // Each invitation a minute later, so "newest first" tells messages apart.
    portal.advance(Duration.ofMinutes(1));
    portal.run(
        () -> {
          int invitations = portal.invited.fired().size();
          int notices = portal.added.fired().size();
          portal.invitations().invite(portal.inviter, client, email, relationship);
          if (portal.invited.fired().size() > invitations) {
            mail.onClientInvited(portal.invited.last());
          }
          if (portal.added.fired().size() > notices) {
            mail.onProfileAdded(portal.added.last());
          }
        });
    List<OutboxMessage> all =
        portal.in(
            () ->
                SamplePortal.db
                    .entityManager()
                    .createQuery(
                        "SELECT m FROM OutboxMessage m ORDER BY m.createdAt DESC, m.id",
                        OutboxMessage.class)
                    .getResultList());
    return all.get(0);
  }

  void brand(String name, String colour, String welcome) {
    portal.changeSettings(
        c ->
            new PortalSettingsChange(
                c.portalEnabled(),
                c.contactNetworkEnabled(),
                name,
                colour,
                welcome,
                c.sessionTimeoutMinutes(),
                c.staffMfaPolicy(),
                c.clientMfa(),
                c.selfScheduling(),
                c.cancellationWindowHours(),
                c.onlinePaymentsEnabled()),
        ClientOutreach.DEFAULTS);
  }

  static List<String> birthDates(LocalDate born) {
    return List.of(
        born.toString(),
        born.format(DateTimeFormatter.ofPattern("M/d/yyyy")),
        born.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")),
        born.format(DateTimeFormatter.ofPattern("d MMMM yyyy")),
        born.format(DateTimeFormatter.ofPattern("MMMM d, yyyy")));
  }

  @Test
  void theInvitationCarriesTheBrandingTheLinkAndTheExpiry() {
    brand("Harbor Light", "#aa3355", "Welcome!\nWe look forward to meeting you.");
    OutboxMessage message = invite(portal.adult, "jordan@example.org", Relationship.SELF);

    assertThat(message.kind()).isEqualTo(MailKind.CLIENT_INVITATION);
    assertThat(message.recipient()).isEqualTo("jordan@example.org");
    assertThat(message.subject()).isEqualTo("Your invitation to the client portal of Harbor Light");
    String link =
        "https://portal.example.org/p/"
            + portal.slug
            + "/portal-invitation?token="
            + portal.lastToken();
    assertThat(message.textBody())
        .contains("Hello Jordan Avery,")
        .contains("forms for you to complete")
        .contains("We look forward to meeting you.")
        .contains(link)
        .contains("until 4 December 2026, 09:01 CST");
    assertThat(message.htmlBody())
        .get()
        .asString()
        .contains("href=\"" + link + "\"")
        .contains("color:#aa3355")
        .contains("Welcome!<br>We look forward");
  }

  @Test
  void aClientsOwnMailHoldsTheirNameButNoOtherClientData() {
    OutboxMessage message = invite(portal.adult, "jordan@example.org", Relationship.SELF);
    String both = message.textBody() + message.htmlBody().orElse("");
    for (String date : birthDates(SamplePortal.ADULT_BORN)) {
      assertThat(both).doesNotContain(date);
    }
    assertThat(both).doesNotContain(portal.adult.toString());
  }

  @Test
  void aParentsMailNamesNeitherChild() {
    OutboxMessage first = invite(portal.ella, "casey@example.org", Relationship.PARENT);
    String both = first.textBody() + first.htmlBody().orElse("") + first.subject();
    assertThat(both).doesNotContain("Ella").doesNotContain("Brooks").startsWith("Hello,");
    for (String date : birthDates(SamplePortal.ELLA_BORN)) {
      assertThat(both).doesNotContain(date);
    }
    assertThat(both).doesNotContain(portal.ella.toString());
  }

  @Test
  void anActiveLoginIsToldAProfileWasAddedWithoutWhose() {
    invite(portal.ella, "casey@example.org", Relationship.PARENT);
    portal.run(
        () ->
            portal
                .invitations()
                .accept(portal.lastToken(), "Casey Brooks", "hash", portal.consentShown()));
    OutboxMessage notice = invite(portal.theo, "casey@example.org", Relationship.PARENT);

    assertThat(notice.kind()).isEqualTo(MailKind.PORTAL_NOTICE);
    assertThat(notice.textBody())
        .contains("added a profile to your client portal")
        .contains("https://portal.example.org/p/" + portal.slug + "/login")
        .doesNotContain("Theo")
        .doesNotContain("token=");
    for (String date : birthDates(SamplePortal.THEO_BORN)) {
      assertThat(notice.textBody() + notice.htmlBody().orElse("")).doesNotContain(date);
    }
  }

  @Test
  void brandingTextIsEscapedInHtml() {
    brand("Tom & Jerry's <Clinic>", "#2f6f8f", "<script>alert(1)</script>");
    OutboxMessage message = invite(portal.adult, "jordan@example.org", Relationship.SELF);
    assertThat(message.htmlBody())
        .get()
        .asString()
        .contains("Tom &amp; Jerry&#39;s &lt;Clinic&gt;")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>")
        .doesNotContain("<Clinic>");
  }
}

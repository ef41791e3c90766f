package org.foyer.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.foyer.admin.portal.boundary.CurrentPortalSettings;
import org.foyer.admin.portal.boundary.PortalSettingsView;
import org.foyer.core.mail.MailKind;
import org.foyer.core.mail.Outbox;
import org.foyer.core.mail.OutboxMessage;
import org.foyer.core.mail.delivery.MailSettings;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantId;
import org.foyer.portal.branding.BrandColour;
import org.foyer.portal.invitation.ClientInvited;
import org.foyer.portal.invitation.ClientProfileAdded;

/**
 * Queues the client invitation email, and the notice to an active login that a profile was added,
 * in the inviting transaction. Branded with the practice's portal settings (name, colour, welcome
 * message); no health information and no client's details, only that forms wait in the portal.
 */
@ApplicationScoped
public class ClientInvitationMail {

  static final DateTimeFormatter EXPIRY =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm zzz", Locale.ENGLISH);
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

  private Outbox outbox;
  private MailSettings settings;
  private EntityManager em;

  protected ClientInvitationMail() {}

  @Inject
  public ClientInvitationMail(Outbox outbox, MailSettings settings, UnitOfWork unitOfWork) {
    this.outbox = outbox;
    this.settings = settings;
    this.em = unitOfWork.entityManager();
  }

  void onClientInvited(@Observes ClientInvited invited) {
    Branding brand = branding(invited.tenant());
    Optional<String> name = invited.greeting().map(StaffInvitationMail::oneLine);
    String link = settings.link(invited.acceptPath());
    String expiry = EXPIRY.format(invited.expiresAt().atZone(timeZone(invited.tenant())));
    outbox.enqueue(
        MailBody.mail(
            MailKind.CLIENT_INVITATION,
            invited.email(),
            subject(
                "Your invitation to the client portal of ", brand, "Your client portal invitation"),
            MailTexts.clientInvitation(name, brand, link, expiry)));
  }

  void onProfileAdded(@Observes ClientProfileAdded added) {
    Branding brand = branding(added.tenant());
    String link = settings.link(added.signInPath());
    outbox.enqueue(
        MailBody.mail(
            MailKind.PORTAL_NOTICE,
            added.email(),
            subject(
                "A profile was added to your portal at ",
                brand,
                "A profile was added to your portal"),
            MailTexts.profileAdded(brand, link)));
  }

  private Branding branding(TenantId tenant) {
    return branding(em, tenant);
  }

  /** The practice's name, AA-checked colour and welcome, as its portal settings give them. */
  static Branding branding(EntityManager em, TenantId tenant) {
    Practice practice = em.find(Practice.class, tenant.value());
    PortalSettingsView portal = new CurrentPortalSettings(em).get();
    String name = StaffInvitationMail.oneLine(portal.displayName().orElse(practice.name()));
    String colour =
        COLOUR.matcher(portal.brandColour()).matches()
            ? portal.brandColour()
            : "#" + BrandColour.DEFAULT.hex();
    return new Branding(name, colour, portal.welcomeMessage());
  }

  static String subject(String text, Branding brand, String withoutName) {
    String subject = text + brand.practice();
    return subject.length() > OutboxMessage.SUBJECT_LENGTH ? withoutName : subject;
  }

  private ZoneId timeZone(TenantId tenant) {
    return timeZone(em, tenant);
  }

  static ZoneId timeZone(EntityManager em, TenantId tenant) {
    Practice practice = em.find(Practice.class, tenant.value());
    return practice == null ? ZoneId.of("UTC") : practice.timeZone();
  }
}

package org.foyer.portal.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.admin.portal.boundary.PortalSettingsView;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Accounts;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.invitation.InvitationRefused;
import org.foyer.core.invitation.InvitationToken;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.PortalAccountStatus;
import org.foyer.portal.account.PortalLogin;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.ClientLogins;
import org.foyer.portal.account.boundary.PortalAccounts;
import org.foyer.portal.consent.ConsentGiven;
import org.foyer.portal.consent.ElectronicConsent;

/**
 * Inviting a client, or a contact who acts for them, to the portal, and accepting the invitation.
 *
 * <p>One email is one login (the Client Contact Network): inviting an email that already has a
 * login links that login to one more client profile. A login still waiting for its password gets a
 * fresh link (the earlier one stops working); an active login needs no link and is told that a
 * profile was added. The link's token is 256 random bits, stored only as its SHA-256.
 */
@ApplicationScoped
@Transactional
public class ClientInvitations {

  private static final String CLIENT = "That client";

  private EntityManager em;
  private ClientRecords clients;
  private PortalAccounts accounts;
  private ClientLogins network;
  private InvitedLogins logins;
  private AuditLog audit;
  private PortalSettingsService settings;
  private ElectronicConsent consent;
  private Event<ClientInvited> invited;
  private Event<ClientProfileAdded> profileAdded;
  private Clock clock;

  protected ClientInvitations() {}

  @Inject
  public ClientInvitations(
      EntityManager em,
      ClientRecords clients,
      PortalAccounts accounts,
      ClientLogins network,
      AuditLog audit,
      PortalSettingsService settings,
      ElectronicConsent consent,
      Event<ClientInvited> invited,
      Event<ClientProfileAdded> profileAdded,
      Clock clock) {
    this.em = em;
    this.clients = clients;
    this.accounts = accounts;
    this.network = network;
    this.logins = new InvitedLogins(accounts, network);
    this.audit = audit;
    this.settings = settings;
    this.consent = consent;
    this.invited = invited;
    this.profileAdded = profileAdded;
    this.clock = clock;
  }

  /**
   * Invites the person with this email to act for the client in the portal.
   *
   * @throws NotFound for a caller who is not staff, and for a client of another practice
   * @throws org.foyer.core.errors.Refused for staff without the invite capability
   * @throws InvalidInput naming the email or relationship that is wrong
   * @throws Conflict when the portal (or, for a contact, the Contact Network) is switched off, or
   *     the email belongs to a closed login
   */
  public InvitationSent invite(
      Caller caller, UUID clientId, String email, Relationship relationship) {
    return invite(caller, clientId, email, relationship, null);
  }

  /**
   * {@link #invite(Caller, UUID, String, Relationship)} for a contact whose name staff entered: a
   * new login starts with it, so the acceptance page and the portal greet them by it.
   */
  public InvitationSent invite(
      Caller caller, UUID clientId, String email, Relationship relationship, String knownName) {
    caller.require(Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS, CLIENT);
    ClientIdentity client = clients.findIdentity(clientId).orElseThrow(() -> new NotFound(CLIENT));
    String address = checkedEmail(email, relationship);
    checkPortalOpen(relationship);
    Optional<PortalLogin> existing = accounts.findLogin(address);
    if (existing.map(a -> a.status() == PortalAccountStatus.CLOSED).orElse(false)) {
      throw new Conflict(
          "The portal login of " + address + " was closed. Use another email address.");
    }
    PortalLogin account =
        existing.orElseGet(() -> logins.newAccount(address, client, relationship, knownName));
    network.link(
        account.id(), client.id(), relationship, permissionsOfANewLink(relationship, client));
    Practice practice = em.find(Practice.class, Tenancy.require().value());
    if (account.canSignIn()) {
      profileAdded.fire(
          new ClientProfileAdded(practice.tenantId(), account.email(), pathOf(practice, "/login")));
      record(caller, client, account, relationship, "to an existing login");
      return new InvitationSent(account.id(), client.id(), account.email(), null, false);
    }
    ClientInvitation invitation = replaceInvitation(account);
    record(caller, client, account, relationship, "until " + invitation.expiresAt());
    return new InvitationSent(
        account.id(), client.id(), account.email(), invitation.expiresAt(), existing.isEmpty());
  }

  /**
   * Who the link invites, for its acceptance page.
   *
   * @throws InvitationRefused when the link is forged, replaced, used or expired
   */
  @Transactional(readOnly = true)
  public Invitee check(String token) {
    PortalLogin account = accounts.findLogin(usable(token).portalAccountId()).orElseThrow();
    return new Invitee(account.email(), account.displayName(), practiceName());
  }

  /**
   * Activates the invited login with its chosen name and password, records its consent to
   * electronic records, and uses up the link; all or nothing.
   *
   * @param passwordHash the chosen password, already checked against the policy and hashed
   * @throws InvitationRefused when the link cannot be used
   * @throws InvalidInput when the name is missing or too long, or the consent shown is outdated
   */
  public PortalLogin accept(
      String token, String displayName, String passwordHash, ConsentGiven given) {
    Objects.requireNonNull(passwordHash, "password hash");
    ClientInvitation invitation = usable(token);
    PortalLogin account = activate(invitation.portalAccountId(), displayName, passwordHash);
    invitation.use(clock.instant());
    consent.accept(account.id(), account.email(), given);
    audit.record(
        AuditRecord.success(account.email(), AuditAction.CLIENT_INVITATION_ACCEPTED)
            .about("portal account " + account.id() + " invitation accepted")
            .from(given.address()));
    return account;
  }

  private ClientInvitation usable(String token) {
    if (!InvitationToken.isWellFormed(token)) {
      throw new InvitationRefused(InvitationRefused.Reason.NOT_VALID);
    }
    ClientInvitation invitation =
        em.createQuery(
                "SELECT i FROM ClientInvitation i WHERE i.tokenHash = :hash",
                ClientInvitation.class)
            .setParameter("hash", new InvitationToken(token).hash())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new InvitationRefused(InvitationRefused.Reason.NOT_VALID));
    invitation.checkUsable(clock.instant());
    Optional<PortalLogin> account = accounts.findLogin(invitation.portalAccountId());
    if (account.isEmpty() || account.get().status() != PortalAccountStatus.INVITED) {
      throw new InvitationRefused(InvitationRefused.Reason.NOT_VALID);
    }
    if (!settings.current().portalEnabled()) {
      throw new Conflict(
          "Your practice's portal is closed at the moment. Please try again later or contact"
              + " your practice.");
    }
    return invitation;
  }

  private ClientInvitation replaceInvitation(PortalLogin account) {
    Instant now = clock.instant();
    em.createQuery(
            "SELECT i FROM ClientInvitation i WHERE i.portalAccountId = :account",
            ClientInvitation.class)
        .setParameter("account", account.id())
        .getResultList()
        .forEach(earlier -> earlier.replace(now));
    InvitationToken token = InvitationToken.issue();
    ClientInvitation invitation =
        new ClientInvitation(
            account.id(),
            token,
            now,
            Duration.ofDays(settings.current().outreach().invitationDays()));
    em.persist(invitation);
    Practice practice = em.find(Practice.class, Tenancy.require().value());
    invited.fire(
        new ClientInvited(
            practice.tenantId(),
            account.email(),
            logins.greeting(account),
            pathOf(practice, "/portal-invitation?token=" + token.value()),
            invitation.expiresAt()));
    return invitation;
  }

  /**
   * The relationships invitations always took keep their meaning: a new link may do everything, so
   * API callers see no change. Those that came with contacts (partner, emergency contact, custom)
   * start with their defaults, as when staff add the contact first.
   */
  private static Set<ContactPermission> permissionsOfANewLink(
      Relationship relationship, ClientIdentity client) {
    return EnumSet.of(
                Relationship.SELF,
                Relationship.PARENT,
                Relationship.GUARDIAN,
                Relationship.RESPONSIBLE_PARTY)
            .contains(relationship)
        ? ContactPermission.all()
        : relationship.defaultPermissions(client.minor());
  }

  private void checkPortalOpen(Relationship relationship) {
    PortalSettingsView current = settings.current();
    if (!current.portalEnabled()) {
      throw new Conflict(
          "The client portal is switched off for this practice. Turn it on in the portal settings"
              + " before inviting clients.");
    }
    if (relationship != Relationship.SELF && !current.contactNetworkEnabled()) {
      throw new Conflict(
          "The Client Contact Network is switched off for this practice, so only clients"
              + " themselves can be invited.");
    }
  }

  private static String checkedEmail(String email, Relationship relationship) {
    Map<String, String> problems = new LinkedHashMap<>();
    String address = null;
    try {
      address = Accounts.normaliseEmail(email);
    } catch (IllegalArgumentException e) {
      problems.put("email", "Enter one email address of at most 254 characters");
    }
    if (relationship == null) {
      problems.put("relationship", "Choose how the person relates to the client");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput("The invitation cannot be sent", problems);
    }
    return address;
  }

  private PortalLogin activate(UUID accountId, String displayName, String passwordHash) {
    try {
      return accounts.activate(accountId, displayName, passwordHash);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(
          "Your name is needed",
          Map.of(
              "displayName", "Enter your name, at most " + Accounts.NAME_LENGTH + " characters"));
    }
  }

  private String practiceName() {
    Practice practice = em.find(Practice.class, Tenancy.require().value());
    return settings.current().displayName().orElse(practice.name());
  }

  private static String pathOf(Practice practice, String page) {
    return "/p/" + practice.slug().value() + page;
  }

  private void record(
      Caller caller,
      ClientIdentity client,
      PortalLogin account,
      Relationship relationship,
      String how) {
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.CLIENT_INVITED)
            .about(
                "client "
                    + client.id()
                    + " invited portal account "
                    + account.id()
                    + " as "
                    + relationship.name()
                    + " "
                    + how));
  }
}

package org.foyer.portal.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import java.util.function.Predicate;
import org.foyer.admin.portal.MinorPrivacy;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.NotFound;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.Relationship;

/**
 * Items (documents, forms) staff keep from a minor client's guardians. Two rules, one place:
 *
 * <ul>
 *   <li>Staff may mark an item only while the client is a minor at or above the practice's {@link
 *       MinorPrivacy} age; otherwise the mark is refused with the reason.
 *   <li>A portal login sees marked items only when it is the client themself ({@link
 *       Relationship#SELF}). Every contact, whatever the relationship or the permissions staff gave
 *       the link, is kept from them: the rule protects the minor, so it errs to hiding.
 * </ul>
 *
 * A mark, once made, holds until staff unmark it: turning the practice's setting off or a client
 * turning 18 never reveals what was kept, since a guardian should not learn it later either.
 */
@ApplicationScoped
public class GuardianPrivacy {

  private ClientRecords clients;
  private PortalSettingsService settings;
  private Clock clock;

  protected GuardianPrivacy() {}

  @Inject
  public GuardianPrivacy(ClientRecords clients, PortalSettingsService settings, Clock clock) {
    this.clients = clients;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Marks or unmarks one of the client's items ({@code item} names it for the audit, e.g. "form
   * <id>"): marking needs the age rule of {@link #requireMayKeepFromGuardians}, unmarking is always
   * allowed so nothing stays hidden by a rule that changed. {@code mark} applies the change to the
   * item and says whether it changed anything; only a change is audited.
   */
  public void keepFromGuardians(
      Caller caller,
      AuditLog audit,
      UUID clientId,
      String item,
      boolean confidential,
      Predicate<Boolean> mark) {
    if (confidential) {
      requireMayKeepFromGuardians(clientId);
    }
    if (mark.test(confidential)) {
      audit.record(
          AuditRecord.success(caller.email(), AuditAction.CONFIDENTIALITY_CHANGED)
              .about(
                  "client "
                      + clientId
                      + " "
                      + item
                      + (confidential ? " kept from guardians" : " shown to guardians again")));
    }
  }

  /**
   * Checks that an item of this client may be marked confidential from guardians now.
   *
   * @throws NotFound when the client is not one of the practice's
   * @throws Conflict saying why not: the practice keeps nothing from guardians, the client is an
   *     adult, or younger than the practice's age
   */
  public void requireMayKeepFromGuardians(UUID clientId) {
    ClientIdentity client =
        clients.findIdentity(clientId).orElseThrow(() -> new NotFound("That client"));
    MinorPrivacy privacy = settings.minorPrivacy();
    if (privacy.age().isEmpty()) {
      throw new Conflict(
          "The practice keeps nothing from guardians: an administrator can set an age in the"
              + " portal settings");
    }
    int age = ageOf(client.dateOfBirth());
    if (age >= 18) {
      throw new Conflict(
          client.displayName()
              + " is an adult: guardians see only what the client or staff allow, so nothing needs"
              + " to be kept from them");
    }
    if (!privacy.covers(age)) {
      throw new Conflict(
          client.displayName()
              + " is "
              + age
              + ": the practice keeps items from guardians only from age "
              + privacy.fromAge());
    }
  }

  /** Whether this caller, acting through this profile, may see items kept from guardians. */
  public static boolean seesConfidential(Caller caller, ClientProfile profile) {
    return caller.isStaff() || (profile != null && profile.relationship() == Relationship.SELF);
  }

  private int ageOf(LocalDate dateOfBirth) {
    return Period.between(dateOfBirth, LocalDate.now(clock)).getYears();
  }
}

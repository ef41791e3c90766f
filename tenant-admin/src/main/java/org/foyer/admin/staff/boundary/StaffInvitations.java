package org.foyer.admin.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Objects;
import org.foyer.admin.staff.entity.StaffInvitation;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffStatus;
import org.foyer.core.invitation.InvitationRefused;
import org.foyer.core.invitation.InvitationToken;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.Tenancy;

/**
 * The invited person's side: checking a link and accepting it with a password. The link's token is
 * the only credential, so there is no caller to check; forged, withdrawn, expired and used links
 * are refused with {@link InvitationRefused}. Password policy and hashing belong to the platform,
 * which hands over the finished hash.
 */
@ApplicationScoped
public class StaffInvitations {

  private EntityManager em;
  private Event<StaffChanged> changed;
  private Clock clock;

  protected StaffInvitations() {}

  @Inject
  public StaffInvitations(EntityManager em, Event<StaffChanged> changed, Clock clock) {
    this.em = em;
    this.changed = changed;
    this.clock = clock;
  }

  /**
   * Who the link invites, for the acceptance page and the password policy's context.
   *
   * @throws InvitationRefused when the link cannot be used
   */
  @Transactional(readOnly = true)
  public Invitee check(String token) {
    StaffInvitation invitation = usable(token);
    StaffMember member = em.find(StaffMember.class, invitation.staffId());
    Practice practice = em.find(Practice.class, Tenancy.require().value());
    return new Invitee(member.email(), member.displayName(), practice.name());
  }

  /**
   * Sets the invited member's password and activates them; the link is used up.
   *
   * @param passwordHash the chosen password, already checked against the policy and hashed
   * @throws InvitationRefused when the link cannot be used
   */
  @Transactional
  public StaffProfile accept(String token, String passwordHash) {
    Objects.requireNonNull(passwordHash, "password hash");
    StaffInvitation invitation = usable(token);
    StaffMember member = em.find(StaffMember.class, invitation.staffId());
    invitation.use(clock.instant());
    member.activate(passwordHash);
    changed.fire(
        new StaffChanged(
            Tenancy.require(),
            member.email(),
            StaffChanged.Change.STAFF_INVITATION_ACCEPTED,
            "staff " + member.id()));
    return StaffProfile.of(member);
  }

  private StaffInvitation usable(String token) {
    if (!InvitationToken.isWellFormed(token)) {
      throw new InvitationRefused(InvitationRefused.Reason.NOT_VALID);
    }
    StaffInvitation invitation =
        em.createQuery(
                "SELECT i FROM StaffInvitation i WHERE i.tokenHash = :hash", StaffInvitation.class)
            .setParameter("hash", new InvitationToken(token).hash())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new InvitationRefused(InvitationRefused.Reason.NOT_VALID));
    invitation.checkUsable(clock.instant());
    StaffMember member = em.find(StaffMember.class, invitation.staffId());
    if (member == null || member.status() != StaffStatus.INVITED) {
      throw new InvitationRefused(InvitationRefused.Reason.NOT_VALID);
    }
    return invitation;
  }

  /** The person an invitation is for. */
  public record Invitee(String email, String displayName, String practiceName) {}
}

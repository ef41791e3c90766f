package org.foyer.admin.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.roles.control.RoleStore;
import org.foyer.admin.staff.control.SeatUsage;
import org.foyer.admin.staff.control.StaffSeats;
import org.foyer.admin.staff.entity.StaffInvitation;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.admin.staff.entity.StaffStatus;
import org.foyer.core.access.Accounts;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.invitation.InvitationToken;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.Tenancy;

/**
 * Inviting, deactivating and reactivating staff, assigning their roles and adding seats. Each
 * change checks its capability here, is refused with a reason when it breaks a rule, and is audited
 * through {@link StaffChanged}.
 */
@ApplicationScoped
public class StaffAdministration {

  private static final String STAFF = "The practice's staff";

  private EntityManager em;
  private RoleStore roles;
  private StaffSeats seats;
  private Event<StaffChanged> changed;
  private Event<StaffInvited> invited;
  private Clock clock;

  protected StaffAdministration() {}

  /** With a clock of the test's choosing, for invitation expiry. */
  @Inject
  public StaffAdministration(
      EntityManager em,
      RoleStore roles,
      Event<StaffChanged> changed,
      Event<StaffInvited> invited,
      Clock clock) {
    this.em = em;
    this.roles = roles;
    this.seats = new StaffSeats(em);
    this.changed = changed;
    this.invited = invited;
    this.clock = clock;
  }

  /** Every staff member, by name; for any staff member of the practice. */
  @Transactional(readOnly = true)
  public List<StaffMember> listStaff(Caller caller) {
    requireStaff(caller);
    return em.createQuery(
            "SELECT s FROM StaffMember s ORDER BY s.displayName, s.email", StaffMember.class)
        .getResultList();
  }

  /** The custom role ids the member holds. */
  @Transactional(readOnly = true)
  public Set<UUID> customRolesOf(Caller caller, UUID staffId) {
    requireStaff(caller);
    getMember(staffId);
    return roles.roleIdsOf(staffId);
  }

  @Transactional(readOnly = true)
  public SeatUsage seatUsage(Caller caller) {
    requireStaff(caller);
    return seats.usage();
  }

  /**
   * Invites a new staff member and emails them a single-use link (through {@link StaffInvited}).
   * Choosing Organization Administration or custom roles also needs {@link
   * Capability#SET_STAFF_PERMISSIONS}, so that inviting cannot hand out more than the inviter may.
   */
  @Transactional
  public StaffMember invite(
      Caller caller, String email, String displayName, StaffRole role, Set<UUID> customRoles) {
    caller.require(Capability.MANAGE_STAFF, STAFF);
    if (role == null) {
      throw new InvalidInput("Choose a role", Map.of("role", "Choose a role"));
    }
    if (role == StaffRole.ADMINISTRATOR || !customRoles.isEmpty()) {
      caller.require(Capability.SET_STAFF_PERMISSIONS, STAFF);
    }
    StaffMember member = newMember(email, displayName, role);
    if (findByEmail(member.email())) {
      throw new Conflict(member.email() + " is already on the practice's staff list");
    }
    seats.requireFreeSeat();
    em.persist(member);
    em.flush();
    roles.assignExactly(member.id(), checkedCustomRoles(customRoles));
    sendInvitation(member);
    fire(caller, StaffChanged.Change.STAFF_INVITED, member);
    return member;
  }

  /** Sends an invited member a new link; the old one stops working. */
  @Transactional
  public StaffMember reinvite(Caller caller, UUID staffId) {
    caller.require(Capability.MANAGE_STAFF, STAFF);
    StaffMember member = getMember(staffId);
    if (member.status() != StaffStatus.INVITED) {
      throw new Conflict(
          member.displayName() + " is not waiting for an invitation; only invited staff get one");
    }
    sendInvitation(member);
    fire(caller, StaffChanged.Change.STAFF_REINVITED, member);
    return member;
  }

  /**
   * Ends the member's access at once: their open sessions fail on the next request and their
   * invitation link stops working. Nobody deactivates themself or the last administrator, so the
   * practice always keeps someone who can manage it.
   */
  @Transactional
  public StaffMember deactivate(Caller caller, UUID staffId) {
    caller.require(Capability.MANAGE_STAFF, STAFF);
    StaffMember member = getMember(staffId);
    if (member.id().equals(caller.accountId())) {
      throw new Conflict("You cannot deactivate yourself");
    }
    if (member.status() == StaffStatus.DEACTIVATED) {
      throw new Conflict(member.displayName() + " is already deactivated");
    }
    if (isLastActiveAdministrator(member)) {
      throw new Conflict(
          member.displayName() + " is the practice's last active administrator and must stay");
    }
    member.deactivate();
    withdrawInvitations(member.id());
    fire(caller, StaffChanged.Change.STAFF_DEACTIVATED, member);
    return member;
  }

  /** Restores a deactivated member, who takes a seat again (invited ones then need a re-invite). */
  @Transactional
  public StaffMember reactivate(Caller caller, UUID staffId) {
    caller.require(Capability.MANAGE_STAFF, STAFF);
    StaffMember member = getMember(staffId);
    if (member.status() != StaffStatus.DEACTIVATED) {
      throw new Conflict(member.displayName() + " is not deactivated");
    }
    seats.requireFreeSeat();
    member.reactivate();
    fire(caller, StaffChanged.Change.STAFF_REACTIVATED, member);
    return member;
  }

  /**
   * Sets the member's built-in role and exactly these custom roles; their capabilities change on
   * their next request. The last active administrator keeps that role.
   */
  @Transactional
  public StaffMember assignRoles(
      Caller caller, UUID staffId, StaffRole role, Set<UUID> customRoles) {
    caller.require(Capability.SET_STAFF_PERMISSIONS, STAFF);
    StaffMember member = getMember(staffId);
    if (role == null) {
      throw new InvalidInput("Choose a role", Map.of("role", "Choose a role"));
    }
    if (role != StaffRole.ADMINISTRATOR && isLastActiveAdministrator(member)) {
      throw new Conflict(
          member.displayName()
              + " is the practice's last active administrator and keeps that role");
    }
    Set<UUID> checked = checkedCustomRoles(customRoles);
    member.changeRole(role);
    roles.assignExactly(member.id(), checked);
    fire(caller, StaffChanged.Change.STAFF_ROLES_CHANGED, member);
    return member;
  }

  /** Adds seats to the practice's staff subscription. */
  @Transactional
  public SeatUsage addSeats(Caller caller, int count) {
    caller.require(Capability.ADD_STAFF_SUBSCRIPTIONS, "The staff subscription");
    SeatUsage usage = seats.add(count);
    changed.fire(
        new StaffChanged(
            Tenancy.require(),
            caller.email(),
            StaffChanged.Change.STAFF_SEATS_ADDED,
            "seats +" + count + " = " + usage.seats()));
    return usage;
  }

  private StaffMember getMember(UUID staffId) {
    StaffMember member = staffId == null ? null : em.find(StaffMember.class, staffId);
    if (member == null) {
      throw new NotFound("That staff member");
    }
    return member;
  }

  private static StaffMember newMember(String email, String displayName, StaffRole role) {
    try {
      Accounts.normaliseEmail(email);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(
          "Enter a valid email address", Map.of("email", "Not an email address"));
    }
    try {
      return new StaffMember(email, displayName, role);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(e.getMessage(), Map.of("displayName", e.getMessage()));
    }
  }

  private boolean findByEmail(String normalisedEmail) {
    return !em.createQuery("SELECT s.id FROM StaffMember s WHERE s.email = :email", UUID.class)
        .setParameter("email", normalisedEmail)
        .getResultList()
        .isEmpty();
  }

  private Set<UUID> checkedCustomRoles(Set<UUID> ids) {
    for (UUID id : ids) {
      if (roles.findCustomRole(id).isEmpty()) {
        throw new NotFound("That role");
      }
    }
    return Set.copyOf(ids);
  }

  private boolean isLastActiveAdministrator(StaffMember member) {
    if (!member.isAdministrator() || member.status() != StaffStatus.ACTIVE) {
      return false;
    }
    return em.createQuery(
                "SELECT COUNT(s) FROM StaffMember s WHERE s.role = :role AND s.status = :active",
                Long.class)
            .setParameter("role", StaffRole.ADMINISTRATOR)
            .setParameter("active", StaffStatus.ACTIVE)
            .getSingleResult()
        <= 1;
  }

  private void sendInvitation(StaffMember member) {
    withdrawInvitations(member.id());
    Instant now = clock.instant();
    InvitationToken token = InvitationToken.issue();
    StaffInvitation invitation = new StaffInvitation(member.id(), token, now);
    em.persist(invitation);
    Practice practice = em.find(Practice.class, Tenancy.require().value());
    invited.fire(
        new StaffInvited(
            practice.tenantId(),
            practice.name(),
            member.email(),
            member.displayName(),
            "/p/" + practice.slug().value() + "/staff-invitation?token=" + token.value(),
            invitation.expiresAt()));
  }

  private void withdrawInvitations(UUID staffId) {
    em.createQuery(
            "SELECT i FROM StaffInvitation i WHERE i.staffId = :staff", StaffInvitation.class)
        .setParameter("staff", staffId)
        .getResultList()
        .forEach(em::remove);
    em.flush();
  }

  private void fire(Caller caller, StaffChanged.Change change, StaffMember member) {
    changed.fire(
        new StaffChanged(
            Tenancy.require(),
            caller.email(),
            change,
            "staff " + member.id() + " " + member.role().name() + " " + member.status().name()));
  }

  private static void requireStaff(Caller caller) {
    if (!caller.isStaff()) {
      throw new NotFound(STAFF);
    }
  }
}

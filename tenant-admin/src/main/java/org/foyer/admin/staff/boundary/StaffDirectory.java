package org.foyer.admin.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.admin.staff.entity.StaffStatus;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;

/**
 * Looking up the practice's staff. Only staff see a staff member through {@link #getStaffMember};
 * anyone else, and any id of another practice, meets {@link NotFound}. The other look-ups serve
 * features that have already decided whom to show or tell (a client's clinician, the names in a
 * client's activity): they check no caller and answer {@link StaffProfile}s of the practice whose
 * unit of work is running.
 */
@ApplicationScoped
public class StaffDirectory {

  private EntityManager em;

  protected StaffDirectory() {}

  @Inject
  public StaffDirectory(EntityManager em) {
    this.em = em;
  }

  @Transactional(readOnly = true)
  public StaffMember getStaffMember(Caller caller, UUID id) {
    StaffMember staff = id == null || !caller.isStaff() ? null : em.find(StaffMember.class, id);
    if (staff == null) {
      throw new NotFound("That staff member");
    }
    return staff;
  }

  /** The member, whatever their status; empty for an unknown id or another practice's. */
  @Transactional(readOnly = true)
  public Optional<StaffProfile> findProfile(UUID id) {
    return Optional.ofNullable(id == null ? null : em.find(StaffMember.class, id))
        .map(StaffProfile::of);
  }

  /**
   * Staff who can be a client's clinician now (see {@link StaffProfile#canHoldClients}), by name.
   */
  @Transactional(readOnly = true)
  public List<StaffProfile> listClinicians() {
    return em.createQuery("SELECT s FROM StaffMember s ORDER BY s.displayName", StaffMember.class)
        .getResultStream()
        .map(StaffProfile::of)
        .filter(StaffProfile::canHoldClients)
        .toList();
  }

  /** The members who work here now (may sign in), by name. */
  @Transactional(readOnly = true)
  public List<StaffProfile> listActive() {
    return listEveryone().stream().filter(StaffProfile::canSignIn).toList();
  }

  /** Every member the practice has had, those who left too, by name: for reviewing the past. */
  @Transactional(readOnly = true)
  public List<StaffProfile> listEveryone() {
    return em.createQuery("SELECT s FROM StaffMember s ORDER BY s.displayName", StaffMember.class)
        .getResultStream()
        .map(StaffProfile::of)
        .toList();
  }

  /** The names of the members with these addresses; addresses of no member are left out. */
  @Transactional(readOnly = true)
  public Map<String, String> namesByEmail(Collection<String> emails) {
    if (emails.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("SELECT s FROM StaffMember s WHERE s.email IN :emails", StaffMember.class)
        .setParameter("emails", List.copyOf(emails))
        .getResultStream()
        .collect(Collectors.toMap(StaffMember::email, StaffMember::displayName, (a, b) -> a));
  }

  /** Where to reach the practice's active administrators. */
  @Transactional(readOnly = true)
  public List<String> listAdministratorEmails() {
    return em.createQuery(
            "SELECT s.email FROM StaffMember s WHERE s.role = :role AND s.status = :active",
            String.class)
        .setParameter("role", StaffRole.ADMINISTRATOR)
        .setParameter("active", StaffStatus.ACTIVE)
        .getResultList();
  }
}

package org.foyer.admin.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.foyer.access.Caller;
import org.foyer.errors.NotFound;
import org.foyer.persistence.Transactional;

/**
 * Looking up the practice's staff. Only staff see staff; anyone else, and any id of another
 * practice, meets {@link NotFound}.
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
}

package org.foyer.admin.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.core.access.LoginAccounts;

/** Staff members' accounts as the platform's sign-in and password reset use them. */
@ApplicationScoped
public class StaffAccounts extends LoginAccounts<StaffMember> {

  protected StaffAccounts() {}

  @Inject
  public StaffAccounts(EntityManager em) {
    super(em, StaffMember.class);
  }

  @Override
  protected Set<String> roles(StaffMember member) {
    return Set.of(member.role().name());
  }
}

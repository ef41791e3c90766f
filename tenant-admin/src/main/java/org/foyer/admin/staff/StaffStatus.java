package org.foyer.admin.staff;

/** Whether a staff member may sign in. */
public enum StaffStatus {
  INVITED,
  ACTIVE,
  DEACTIVATED
}

package org.foyer.admin.staff.entity;

/** Whether a staff member may sign in. */
public enum StaffStatus {
  INVITED,
  ACTIVE,
  DEACTIVATED
}

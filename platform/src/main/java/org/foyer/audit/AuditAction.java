package org.foyer.audit;

/**
 * What happened. Stored by name, so constants may be added freely but never renamed or removed: old
 * rows (and their hashes) keep the name they were written with.
 */
public enum AuditAction {
  SIGN_IN,
  SIGN_IN_FAILED,
  SIGN_OUT,
  SIGN_OUT_EVERYWHERE,
  MFA_ENROLLED,
  MFA_FAILED,
  PRACTICE_CREATED,
  STAFF_CREATED,
  STAFF_CHANGED,
  RECORD_READ,
  RECORD_CHANGED,
  AUDIT_VERIFIED,
  CLIENT_PROFILE_SELECTED,
  STAFF_INVITED,
  STAFF_REINVITED,
  STAFF_INVITATION_ACCEPTED,
  STAFF_DEACTIVATED,
  STAFF_REACTIVATED,
  STAFF_ROLES_CHANGED,
  STAFF_SEATS_ADDED,
  ROLE_CREATED,
  ROLE_RENAMED,
  ROLE_CAPABILITIES_CHANGED,
  ROLE_DELETED,
  DEFAULT_PERMISSIONS_CHANGED,
  PORTAL_SETTINGS_CHANGED,
  SERVICE_CATALOG_CHANGED,
  STAFF_PREFERENCES_CHANGED;

  /** Longest name any constant may have: the width of {@code audit_event.action}. */
  public static final int NAME_LENGTH = 40;
}

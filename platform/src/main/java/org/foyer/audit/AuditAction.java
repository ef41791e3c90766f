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
  FORM_CREATED,
  FORM_DRAFT_SAVED,
  FORM_PUBLISHED,
  FORM_COPIED,
  FORM_ARCHIVED,
  INTAKE_PACKET_CHANGED,
  TEMPLATE_PACK_INSTALLED,
  TEMPLATE_PACK_REMOVED;

  /** Longest name any constant may have: the width of {@code audit_event.action}. */
  public static final int NAME_LENGTH = 40;
}

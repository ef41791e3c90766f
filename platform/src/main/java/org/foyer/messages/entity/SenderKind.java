package org.foyer.messages.entity;

/** Who sent a message: a staff member or a portal login (the client, or a contact for them). */
public enum SenderKind {
  STAFF,
  PORTAL,
  /** The practice itself: its automatic reply outside office hours. */
  PRACTICE
}

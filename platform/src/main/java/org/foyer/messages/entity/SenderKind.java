package org.foyer.messages.entity;

/** Who sent a message: a staff member or a portal login (the client, or a contact for them). */
public enum SenderKind {
  STAFF,
  PORTAL
}

package org.foyer.admin.services.entity;

/** What removing a catalogue entry did: deleted it, or archived it because it is in use. */
public enum Removal {
  DELETED,
  ARCHIVED
}

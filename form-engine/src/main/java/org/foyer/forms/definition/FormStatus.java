package org.foyer.forms.definition;

/** A DRAFT may change; a PUBLISHED version never does and carries its content hash. */
public enum FormStatus {
  DRAFT,
  PUBLISHED
}

package org.foyer.forms.definition;

/**
 * INTAKE forms belong to the welcome packet; DYNAMIC forms are sent ad hoc during care (a
 * questionnaire, a consent) and may be promoted into intake by copying.
 */
public enum FormKind {
  INTAKE,
  DYNAMIC
}

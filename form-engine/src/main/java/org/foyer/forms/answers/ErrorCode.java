package org.foyer.forms.answers;

/**
 * Why an answer was refused. Each code has a plain-language message per language in {@code
 * messages_*.properties}; none of them shows schema internals.
 */
public enum ErrorCode {
  REQUIRED,
  UNKNOWN_FIELD,
  TOO_MANY_VALUES,
  NOT_A_NUMBER,
  NOT_A_WHOLE_NUMBER,
  NOT_YES_OR_NO,
  NOT_AN_OPTION,
  TOO_LONG,
  TOO_SHORT,
  TOO_SMALL,
  TOO_LARGE,
  NOT_A_DATE,
  NOT_AN_EMAIL,
  WRONG_FORMAT,
  INVALID_CHARACTERS,
  TOO_MANY_ITEMS,
  TOO_FEW_ITEMS,
  DUPLICATE_ITEMS,
  MUST_ACCEPT,
  INVALID_REFERENCE,
  INLINE_DATA_REFUSED,
  WRONG_TYPE,
  SUBMISSION_TOO_LARGE,
  INVALID,
  DATE_TOO_EARLY,
  DATE_TOO_LATE,
  DATE_IN_FUTURE,
  DATE_IN_PAST,
  NOT_THE_SIGNERS_NAME,
  FILE_EMPTY,
  FILE_TOO_LARGE,
  FILE_NOT_ACCEPTED
}

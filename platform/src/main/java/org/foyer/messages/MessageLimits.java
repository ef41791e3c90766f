package org.foyer.messages;

/**
 * How long a subject and a message may be: defined once for the input records' constraints, the
 * services' checks and the pages' {@code maxlength}. Sealed columns have no length of their own.
 */
public final class MessageLimits {

  public static final int SUBJECT_LENGTH = 120;

  /** Long messages are allowed: a client may have a lot to say between sessions. */
  public static final int BODY_LENGTH = 20_000;

  private MessageLimits() {}
}

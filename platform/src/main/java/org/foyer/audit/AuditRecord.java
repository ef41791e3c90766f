package org.foyer.audit;

import org.foyer.audit.control.AuditLog;

/**
 * What a feature hands to the audit log: who did what to which subject, for whom, with what
 * outcome, from where. The time, the practice and the chain are added by {@link AuditLog}.
 *
 * <p>Checked on construction so that a bad record fails in the feature that built it, with a
 * message naming the value, rather than as a database error at commit. Blank optional values are
 * stored as absent, so "" and null cannot hash differently for the same meaning.
 *
 * @param actor who acted: a staff email, a portal account, {@code operator} or {@code system}
 * @param onBehalfOf the client the actor acted for, when not for themselves; optional
 * @param action what happened
 * @param subject what it happened to (a record's type and id); optional
 * @param outcome how it ended
 * @param address the client's network address; optional (background work has none)
 */
public record AuditRecord(
    String actor,
    String onBehalfOf,
    AuditAction action,
    String subject,
    AuditOutcome outcome,
    String address) {

  public static final int ACTOR_LENGTH = 200;
  public static final int ON_BEHALF_OF_LENGTH = 200;
  public static final int SUBJECT_LENGTH = 300;
  public static final int ADDRESS_LENGTH = 64;

  public AuditRecord {
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("An audit record needs an actor");
    }
    checkLength("actor", actor, ACTOR_LENGTH);
    if (action == null) {
      throw new IllegalArgumentException("An audit record needs an action");
    }
    if (outcome == null) {
      throw new IllegalArgumentException("An audit record needs an outcome");
    }
    onBehalfOf = optional("on-behalf-of", onBehalfOf, ON_BEHALF_OF_LENGTH);
    subject = optional("subject", subject, SUBJECT_LENGTH);
    address = optional("client address", address, ADDRESS_LENGTH);
  }

  /** A successful action by the actor for themselves, with no subject and no address yet. */
  public static AuditRecord success(String actor, AuditAction action) {
    return new AuditRecord(actor, null, action, null, AuditOutcome.SUCCESS, null);
  }

  /** A failed attempt (wrong password, invalid input). */
  public static AuditRecord failure(String actor, AuditAction action) {
    return new AuditRecord(actor, null, action, null, AuditOutcome.FAILURE, null);
  }

  /** An attempt refused by a permission check. */
  public static AuditRecord denied(String actor, AuditAction action) {
    return new AuditRecord(actor, null, action, null, AuditOutcome.DENIED, null);
  }

  public AuditRecord onBehalfOf(String client) {
    return new AuditRecord(actor, client, action, subject, outcome, address);
  }

  public AuditRecord about(String subject) {
    return new AuditRecord(actor, onBehalfOf, action, subject, outcome, address);
  }

  public AuditRecord from(String address) {
    return new AuditRecord(actor, onBehalfOf, action, subject, outcome, address);
  }

  private static String optional(String name, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    checkLength(name, value, maxLength);
    return value;
  }

  /**
   * The message names the field and the sizes but never echoes the value, which may be personal.
   */
  private static void checkLength(String name, String value, int maxLength) {
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(
          "The audit "
              + name
              + " may have at most "
              + maxLength
              + " characters, this one has "
              + value.length());
    }
  }
}

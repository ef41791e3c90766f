package org.foyer.audit;

/**
 * How an audited attempt ended: done, failed (bad password, invalid input), or refused by a
 * permission check. The database checks the same three names.
 */
public enum AuditOutcome {
  SUCCESS,
  FAILURE,
  DENIED
}

package org.foyer.tenancy;

/** Whether a practice's pages and portal answer. */
public enum PracticeStatus {
  ACTIVE,
  SUSPENDED
}

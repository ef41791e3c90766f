package org.foyer.core.practice;

/** Whether a practice's pages and portal answer. */
public enum PracticeStatus {
  ACTIVE,
  SUSPENDED
}

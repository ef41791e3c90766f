package org.foyer.clients;

/** Whether the practice currently sees the client. */
public enum ClientStatus {
  ACTIVE,
  INACTIVE,
  DISCHARGED
}

package org.foyer.portal.account;

/** Whether a portal login works. */
public enum PortalAccountStatus {
  INVITED,
  ACTIVE,
  CLOSED
}

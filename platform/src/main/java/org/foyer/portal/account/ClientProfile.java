package org.foyer.portal.account;

import java.io.Serializable;
import java.util.UUID;

/** A client profile a portal login may act for, as the portal's profile switcher shows it. */
public record ClientProfile(
    UUID clientId, String displayName, Relationship relationship, boolean minor)
    implements Serializable {

  /** "Ella Brooks (Parent)", or just the name when the login is the client themself. */
  public String label() {
    return relationship == Relationship.SELF
        ? displayName
        : displayName + " (" + relationship.label() + ")";
  }
}

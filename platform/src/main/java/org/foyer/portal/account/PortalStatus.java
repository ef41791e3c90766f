package org.foyer.portal.account;

/** Where a contact stands with the portal for one client, in the words staff read. */
public enum PortalStatus {
  NOT_INVITED("Not invited to the portal"),
  INVITED("Invited, has not signed in yet"),
  ACTIVE("Uses the portal"),
  REVOKED("Portal access revoked");

  private final String words;

  PortalStatus(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }

  /**
   * @param linkRevoked whether the contact's link to the client is revoked
   * @param login the status of the contact's portal login; null when it has none
   */
  public static PortalStatus of(boolean linkRevoked, PortalAccountStatus login) {
    if (linkRevoked) {
      return REVOKED;
    }
    if (login == null) {
      return NOT_INVITED;
    }
    return switch (login) {
      case INVITED -> INVITED;
      case ACTIVE -> ACTIVE;
      case CLOSED -> REVOKED;
    };
  }
}

package org.foyer.portal.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a login, or a contact, relates to a client profile it may act for. Stored by name, so
 * constants may be added but never renamed.
 *
 * <p>Each relationship brings the permissions a new link starts with ({@link
 * #defaultPermissions(boolean)}); staff change them per link. The defaults lean to privacy: only
 * someone with legal authority over the client starts with everything.
 */
public enum Relationship {
  /** The client themself: always everything, and never a contact. */
  SELF("Yourself"),
  /** Everything for a minor; for an adult client, who decides for themself, only being listed. */
  PARENT("Parent"),
  /** Legal authority over the client, minor or adult: everything. */
  GUARDIAN("Legal guardian"),
  /** Helps with scheduling and is reminded; nothing clinical or financial. */
  SPOUSE_OR_PARTNER("Spouse or partner"),
  /** Only listed, to be called in an emergency. */
  EMERGENCY_CONTACT("Emergency contact"),
  /** Pays the bills: invoices and notices. */
  RESPONSIBLE_PARTY("Responsible party"),
  /** Any other relationship, named by staff; starts with nothing but being listed. */
  CUSTOM("Other");

  /** Longest label staff may give a custom relationship. */
  public static final int LABEL_LENGTH = 40;

  private final String label;

  Relationship(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether it names a contact (anyone but the client themself). */
  public boolean isContact() {
    return this != SELF;
  }

  /** The permissions a new link of this relationship starts with. */
  public Set<ContactPermission> defaultPermissions(boolean minorClient) {
    return switch (this) {
      case SELF, GUARDIAN -> ContactPermission.all();
      case PARENT -> minorClient ? ContactPermission.all() : ContactPermission.none();
      case SPOUSE_OR_PARTNER ->
          EnumSet.of(ContactPermission.APPOINTMENTS, ContactPermission.NOTICES);
      case RESPONSIBLE_PARTY -> EnumSet.of(ContactPermission.BILLING, ContactPermission.NOTICES);
      case EMERGENCY_CONTACT, CUSTOM -> ContactPermission.none();
    };
  }
}

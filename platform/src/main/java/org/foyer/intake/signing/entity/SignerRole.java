package org.foyer.intake.signing.entity;

/**
 * Who signs one step of a form: the role a signature field names, narrowed to one person when staff
 * chose the contact who signs (one of two parents under joint custody, say).
 */
public enum SignerRole {
  /** Whoever has the form in the portal: the client or a contact acting for them. */
  ANYONE,
  /** The client personally, from their own login. */
  CLIENT,
  /** Any contact acting for the client, such as a parent or guardian. */
  ANY_CONTACT,
  /** The one contact staff named when sending, by their link to the client. */
  CONTACT,
  /** A staff member's countersignature, given on the staff review screen. */
  CLINICIAN;

  /** True when this step is signed in the portal rather than on a staff screen. */
  public boolean inPortal() {
    return this != CLINICIAN;
  }
}

package org.foyer.documents;

/** Where a General Document came from. Stored by name: constants may be added, never renamed. */
public enum DocumentKind {
  /** A completed intake form's PDF, filed when staff acknowledged it. */
  INTAKE_FORM("Intake form"),
  /** A whole acknowledged intake packet as one PDF. */
  INTAKE_PACKET("Intake packet"),
  /** A file staff uploaded. */
  UPLOADED("Uploaded"),
  /** A completed paper form, scanned and uploaded by staff. */
  SCANNED_FORM("Scanned form"),
  /** A file the client attached to a form's answer, such as a photo of their insurance card. */
  FORM_ATTACHMENT("Attached to a form"),
  /** A photo of an insurance card, front or back, sent with the client's insurance details. */
  INSURANCE_CARD("Insurance card"),
  /** An invoice as it was sent to the client, filed by billing. */
  INVOICE("Invoice"),
  /** A month's statement of the client's account, filed by billing when staff ask for it. */
  STATEMENT("Statement"),
  /** A month's superbill for the client's insurer, filed by billing. */
  SUPERBILL("Superbill");

  /** The width of {@code general_document.kind}. */
  public static final int NAME_LENGTH = 24;

  private final String label;

  DocumentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether staff may choose this kind for a file they upload by hand. */
  public boolean isUploadable() {
    return this == UPLOADED || this == SCANNED_FORM;
  }
}

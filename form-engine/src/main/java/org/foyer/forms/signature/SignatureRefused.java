package org.foyer.forms.signature;

/**
 * A capture the form does not accept for a signature field, for example the client's own signature
 * where the form asks for a parent or guardian to sign on the client's behalf. The message is meant
 * for the person signing.
 */
public final class SignatureRefused extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public SignatureRefused(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The signature field the capture was for. */
  public String field() {
    return field;
  }
}

package org.foyer.core.validation;

/**
 * The shapes of common fields, as regular expressions for {@code @Pattern}, so every record that
 * holds an email, a phone number or a ZIP code accepts the same ones. Each accepts an empty field;
 * whether a field is required is a separate constraint.
 */
public final class Shapes {

  public static final String EMAIL = "^$|[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
  public static final int EMAIL_LENGTH = 254;

  /** Digits with the usual separators, 7 to 20 characters: national and international forms. */
  public static final String PHONE = "^$|\\+?[0-9 ().-]{7,20}";

  public static final int PHONE_LENGTH = 32;

  public static final String US_POSTAL_CODE = "^$|[0-9]{5}(-[0-9]{4})?";
  public static final int POSTAL_CODE_LENGTH = 16;

  private Shapes() {}
}

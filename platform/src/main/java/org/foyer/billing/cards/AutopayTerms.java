package org.foyer.billing.cards;

/**
 * The words a client, or a contact for them, agrees to when turning autopay on. Each consent
 * records the version it was given to; a change of wording is a new version, and consents to an
 * older one stay as they were given.
 */
public final class AutopayTerms {

  public static final String VERSION = "2026-12";
  public static final int VERSION_LENGTH = 20;

  /** The practice's name goes in place of {@code %s}. */
  private static final String TEXT =
      "I authorise %s to charge the card I chose for the amount of each invoice it sends me, on"
          + " the day it is sent, until I turn autopay off or remove the card. I will get a receipt"
          + " by email for each payment, and I can turn autopay off at any time in the portal.";

  private AutopayTerms() {}

  public static String text(String practiceName) {
    return TEXT.formatted(practiceName);
  }
}

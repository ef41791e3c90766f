package org.foyer.billing.cards;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A saved card as its owner recognises it: never more than brand, last four and expiry. */
public record SavedCardView(
    UUID id, String brand, String last4, int expMonth, int expYear, Instant savedAt) {

  /** "Visa ending 4242, expires 12/2034". */
  public String label() {
    return brandLabel(brand) + " ending " + last4 + ", expires " + expMonth + "/" + expYear;
  }

  /** "Visa", "Mastercard", or the processor's word capitalised. */
  public static String brandLabel(String brand) {
    if (brand == null || brand.isBlank()) {
      return "Card";
    }
    return switch (brand.toLowerCase(Locale.ROOT)) {
      case "amex" -> "American Express";
      case "mastercard" -> "Mastercard";
      default -> brand.substring(0, 1).toUpperCase(Locale.ROOT) + brand.substring(1);
    };
  }
}

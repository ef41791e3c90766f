package org.foyer.billing.control.gateway;

import java.util.Objects;

/**
 * What a processor tells of a card behind one of its tokens: all Foyer ever keeps of a card.
 *
 * @param brand "visa", "mastercard"... as the processor names it
 * @param last4 the last four digits
 */
public record CardDetails(String brand, String last4, int expMonth, int expYear) {

  public CardDetails {
    Objects.requireNonNull(brand, "brand");
    if (last4 == null || !last4.matches("[0-9]{4}")) {
      throw new IllegalArgumentException("a card's last four digits");
    }
  }
}

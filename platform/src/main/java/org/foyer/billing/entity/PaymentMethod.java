package org.foyer.billing.entity;

/** How the client paid. Only {@link #CARD} goes through an online processor. */
public enum PaymentMethod {
  CASH("Cash"),
  CHEQUE("Cheque"),
  CARD_TERMINAL("Card terminal"),
  CARD("Card");

  private final String label;

  PaymentMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isOnline() {
    return this == CARD;
  }
}

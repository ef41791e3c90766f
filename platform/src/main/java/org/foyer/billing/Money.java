package org.foyer.billing;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** Amounts in minor units, as people read and type them in the practice's currency. */
public final class Money {

  private Money() {}

  /** "$1,234.50" for 123450 US cents; "€12.00" for euros. */
  public static String format(long cents, String currency) {
    Currency unit = Currency.getInstance(currency);
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
    format.setCurrency(unit);
    format.setMinimumFractionDigits(unit.getDefaultFractionDigits());
    format.setMaximumFractionDigits(unit.getDefaultFractionDigits());
    return format.format(BigDecimal.valueOf(cents, unit.getDefaultFractionDigits()));
  }

  /** "1234.50" for an amount box. */
  public static String plain(long cents, String currency) {
    int digits = Currency.getInstance(currency).getDefaultFractionDigits();
    return BigDecimal.valueOf(cents, digits).toPlainString();
  }

  /**
   * Reads what a person typed ("120", "120.5", "$1,200.00") as minor units; empty when it is not an
   * amount or has more decimals than the currency.
   */
  public static Optional<Long> parse(String typed, String currency) {
    if (typed == null) {
      return Optional.empty();
    }
    String cleaned = typed.strip().replace(",", "").replaceAll("^[^0-9.]+", "");
    if (!cleaned.matches("[0-9]{1,9}(\\.[0-9]{0,3})?")) {
      return Optional.empty();
    }
    int digits = Currency.getInstance(currency).getDefaultFractionDigits();
    BigDecimal amount = new BigDecimal(cleaned);
    if (amount.scale() > digits) {
      return Optional.empty();
    }
    return Optional.of(amount.movePointRight(digits).longValueExact());
  }
}

package org.foyer.billing.portal;

import java.time.Instant;
import java.util.UUID;
import org.foyer.billing.cards.SavedCardView;

/**
 * A payment as its payer reads it in the portal: what, when, with which card, and where it stands.
 *
 * @param status {@code PENDING}, {@code REQUIRES_ACTION}, {@code SUCCEEDED} or {@code FAILED}
 * @param message why it failed or what it waits for
 * @param cardLast4 the card's last four digits, when paid by card
 * @param refundedCents what was returned of it
 * @param clientName whom it was paid for
 * @param paidBy who paid: the portal login's address, "Autopay", or "The practice" for money staff
 *     took
 */
public record ReceiptView(
    UUID id,
    long amountCents,
    String currency,
    String method,
    String status,
    String message,
    String cardBrand,
    String cardLast4,
    Instant paidAt,
    long refundedCents,
    String clientName,
    String paidBy) {

  static final String BY_AUTOPAY = "Autopay";
  static final String BY_THE_PRACTICE = "The practice";

  /**
   * Who paid, in words: a portal login by its address, autopay, or the practice for money taken at
   * the desk.
   *
   * @param createdBy who wrote the payment
   * @param portalPayers addresses of the portal logins that may pay for the client
   */
  public static String payer(String createdBy, java.util.Collection<String> portalPayers) {
    if ("autopay".equals(createdBy)) {
      return BY_AUTOPAY;
    }
    return portalPayers.contains(createdBy) ? createdBy : BY_THE_PRACTICE;
  }

  /** The number printed on the receipt: short enough to read out on the phone. */
  public String number() {
    return id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
  }

  public boolean succeeded() {
    return "SUCCEEDED".equals(status);
  }

  /** "Visa ending 4242", "Cash"... */
  public String paidWith() {
    if (cardLast4 != null) {
      return SavedCardView.brandLabel(cardBrand) + " ending " + cardLast4;
    }
    return switch (method) {
      case "CASH" -> "Cash";
      case "CHEQUE" -> "Cheque";
      case "CARD_TERMINAL" -> "Card at the practice";
      default -> "Card";
    };
  }

  /** Where it stands, in words. */
  public String statusLabel() {
    return switch (status) {
      case "SUCCEEDED" -> refundedCents > 0 ? "Paid, partly refunded" : "Paid";
      case "FAILED" -> "Not paid";
      case "REQUIRES_ACTION" -> "Waiting for your bank's confirmation";
      default -> "Being processed";
    };
  }
}

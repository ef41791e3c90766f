package org.foyer.billing.cards;

/**
 * Where saving a card stands: saved, or waiting for the client to confirm with their card's bank on
 * the processor's own form.
 *
 * @param card the saved card, or null while the bank's check is open
 * @param clientSecret what the processor's form needs for the bank's check; passed to the client,
 *     never stored
 * @param keepingRef the processor's reference to send back (as {@link CardToSave#keepingRef()})
 *     once the client has answered their bank
 */
public record CardSaving(SavedCardView card, String clientSecret, String keepingRef) {

  public boolean saved() {
    return card != null;
  }
}

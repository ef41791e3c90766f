package org.foyer.billing.control.gateway;

/**
 * What a processor said of a charge.
 *
 * @param processorRef the processor's id of the charge (a PaymentIntent), when it has one
 * @param clientSecret what the processor's card form needs to finish an authentication; passed to
 *     the client, never stored
 * @param message why a charge was declined, in words a client may read
 */
public record ChargeResult(
    Outcome outcome, String processorRef, String clientSecret, String message) {

  public enum Outcome {
    SUCCEEDED,
    /** The card's bank asks the client to authenticate (3-D Secure) first. */
    REQUIRES_ACTION,
    DECLINED,
    /** No answer (a timeout, the processor down): the money may or may not have moved. */
    UNKNOWN
  }

  public static ChargeResult succeeded(String processorRef) {
    return new ChargeResult(Outcome.SUCCEEDED, processorRef, null, null);
  }

  /** The bank's check the client answers in the processor's card form, with {@code secret}. */
  public static ChargeResult requiresAction(String processorRef, String secret, String message) {
    return new ChargeResult(Outcome.REQUIRES_ACTION, processorRef, secret, message);
  }

  public static ChargeResult declined(String processorRef, String message) {
    return new ChargeResult(Outcome.DECLINED, processorRef, null, message);
  }

  public static ChargeResult unknown(String message) {
    return new ChargeResult(Outcome.UNKNOWN, null, null, message);
  }
}

package org.foyer.billing.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Billing page's policy lets Stripe.js in and keeps everything else as it was. */
class StripeScriptPolicyTest {

  private static final String PAGE =
      "default-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self';"
          + " script-src 'self' 'nonce-abc'";

  @Test
  void stripesScriptFrameAndApiAreAddedAndTheNonceStays() {
    assertThat(StripeScriptPolicy.withStripe(PAGE))
        .isEqualTo(
            "default-src 'self'; connect-src 'self' https://api.stripe.com;"
                + " frame-ancestors 'none'; form-action 'self';"
                + " script-src https://js.stripe.com 'self' 'nonce-abc';"
                + " frame-src https://js.stripe.com https://hooks.stripe.com");
  }

  @Test
  void aPolicyWithoutScriptsIsLeftAlone() {
    String strict = "default-src 'none'; form-action 'none'";

    assertThat(StripeScriptPolicy.withStripe(strict)).isEqualTo(strict);
    assertThat(StripeScriptPolicy.withStripe(StripeScriptPolicy.withStripe(PAGE)))
        .isEqualTo(StripeScriptPolicy.withStripe(PAGE));
  }
}

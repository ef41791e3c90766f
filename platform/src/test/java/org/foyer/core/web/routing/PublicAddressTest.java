package org.foyer.core.web.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The only practice addresses reached without signing in, by method and exact shape. */
class PublicAddressTest {

  @Test
  void theLogoFeedsAndWebhooksArePublicAndNothingNextToThem() {
    assertThat(PublicAddress.of("GET", "/portal-settings/logo")).contains(PublicAddress.LOGO);
    assertThat(PublicAddress.of("GET", "/calendar-feeds/s3cr3t.ics"))
        .contains(PublicAddress.CALENDAR_FEED);
    assertThat(PublicAddress.of("POST", "/payment-webhooks/stripe"))
        .contains(PublicAddress.PAYMENT_WEBHOOK);

    // The same addresses with another method, a longer path or a lookalike stay behind sign-in.
    assertThat(PublicAddress.of("PUT", "/portal-settings/logo")).isEmpty();
    assertThat(PublicAddress.of("GET", "/portal-settings/logo/../..")).isEmpty();
    assertThat(PublicAddress.of("GET", "/portal-settings")).isEmpty();
    assertThat(PublicAddress.of("DELETE", "/calendar-feeds/s3cr3t.ics")).isEmpty();
    assertThat(PublicAddress.of("GET", "/calendar-feeds/")).isEmpty();
    assertThat(PublicAddress.of("GET", "/calendar-feeds/s3cr3t")).isEmpty();
    assertThat(PublicAddress.of("GET", "/payment-webhooks/stripe")).isEmpty();
    assertThat(PublicAddress.of("POST", "/payment-webhooks/stripe/replay")).isEmpty();
    assertThat(PublicAddress.of("POST", "/payment-webhooks/")).isEmpty();
    assertThat(PublicAddress.of("GET", "/staff/home")).isEmpty();
    assertThat(PublicAddress.of("POST", "/conversations")).isEmpty();
  }

  @Test
  void onlyWhatServersCallGoesWithoutACsrfToken() {
    assertThat(PublicAddress.PAYMENT_WEBHOOK.calledWithoutBrowser()).isTrue();
    assertThat(PublicAddress.LOGO.calledWithoutBrowser()).isFalse();
    assertThat(PublicAddress.CALENDAR_FEED.calledWithoutBrowser()).isFalse();
  }
}

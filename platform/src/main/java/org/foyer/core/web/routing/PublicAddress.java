package org.foyer.core.web.routing;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The practice addresses a caller reaches without signing in, each with what protects it instead.
 * The one list: the sign-in check lets exactly these through, and the CSRF guard exempts those that
 * a browser session never calls. Everything else under a practice's {@code /staff}, {@code /portal}
 * and API needs a signed-in caller.
 */
public enum PublicAddress {

  /** The practice's logo: public branding that the sign-in page shows. */
  LOGO("GET", "/portal-settings/logo", false),

  /**
   * A calendar feed: calendar apps cannot sign in, so the secret in the address is its only key.
   */
  CALENDAR_FEED("GET", "/calendar-feeds/.+\\.ics", false),

  /**
   * A payment processor's webhook: processors cannot sign in, and carry no cookie a forged page
   * could ride on; the signature, checked by billing with the practice's secret, is its only key.
   */
  PAYMENT_WEBHOOK("POST", "/payment-webhooks/[^/]+", true);

  private final String method;
  private final Pattern remainder;
  private final boolean calledWithoutBrowser;

  PublicAddress(String method, String remainder, boolean calledWithoutBrowser) {
    this.method = method;
    this.remainder = Pattern.compile(remainder);
    this.calledWithoutBrowser = calledWithoutBrowser;
  }

  /**
   * The public address a request names, if any.
   *
   * @param remainder the address after the practice's prefix ({@code /p/{slug}} or {@code
   *     /api/p/{slug}})
   */
  public static Optional<PublicAddress> of(String method, String remainder) {
    return Arrays.stream(values())
        .filter(address -> address.method.equals(method))
        .filter(address -> address.remainder.matcher(remainder).matches())
        .findFirst();
  }

  /** Called by a server, never by a browser session: a CSRF token means nothing to it. */
  public boolean calledWithoutBrowser() {
    return calledWithoutBrowser;
  }
}

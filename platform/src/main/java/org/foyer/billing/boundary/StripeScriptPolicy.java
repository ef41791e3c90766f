package org.foyer.billing.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Lets the portal's Billing page, and no other page, load Stripe.js and its Payment Element: the
 * page's policy gains Stripe's script and frame hosts and its API for the element's calls.
 * Everything else of the policy (the nonce, no inline script, no framing of Foyer) stays.
 */
@WebFilter(filterName = "stripe-script-policy", urlPatterns = "/p/*")
public class StripeScriptPolicy extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Pattern BILLING_PAGE = Pattern.compile("/p/[^/]+/portal/billing/?");
  private static final String CSP = "Content-Security-Policy";
  static final String STRIPE_JS = "https://js.stripe.com";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!BILLING_PAGE.matcher(path).matches()) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(request, new WithStripe(response));
  }

  /** The page's policy with Stripe's hosts added where the Payment Element needs them. */
  static String withStripe(String policy) {
    if (policy == null || !policy.contains("script-src") || policy.contains(STRIPE_JS)) {
      return policy;
    }
    return policy
            .replace("script-src ", "script-src " + STRIPE_JS + " ")
            .replace("connect-src 'self'", "connect-src 'self' https://api.stripe.com")
        + "; frame-src "
        + STRIPE_JS
        + " https://hooks.stripe.com";
  }

  private static final class WithStripe extends HttpServletResponseWrapper {

    WithStripe(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, CSP.equalsIgnoreCase(name) ? withStripe(value) : value);
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, CSP.equalsIgnoreCase(name) ? withStripe(value) : value);
    }
  }
}

package org.foyer.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response. Every response starts with a policy that allows no script at
 * all. Faces pages replace it with the page policy of web.xml ({@code primefaces.CSP_POLICY}), to
 * which PrimeFaces appends the response's nonce: two policies would intersect and block the nonce'd
 * scripts, so the page's policy replaces the default instead of adding to it.
 */
@WebFilter(filterName = "security-headers", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  static final String CSP = "Content-Security-Policy";
  static final String STRICT_POLICY =
      "default-src 'none'; img-src 'self'; style-src 'self'; frame-ancestors 'none';"
          + " base-uri 'none'; form-action 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = PracticeRouting.pathOf(request);
    boolean page = path.startsWith("/p/");
    response.setHeader(CSP, STRICT_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (page || path.startsWith("/api/")) {
      // Pages and answers may carry health information: never keep them in a shared cache.
      response.setHeader("Cache-Control", "no-store");
    }
    if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    chain.doFilter(request, new OnePolicy(response));
  }

  /** Lets a later Content-Security-Policy replace the default rather than join it. */
  private static final class OnePolicy extends HttpServletResponseWrapper {

    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}

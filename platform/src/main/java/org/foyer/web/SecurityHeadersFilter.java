package org.foyer.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Faces pages get their {@code script-src} (a per-response
 * nonce, no inline script otherwise) from PrimeFaces' CSP mode; a second policy here would
 * intersect with it, so pages carry only the directives PrimeFaces does not set, and everything
 * else gets a policy that allows no script at all.
 */
@WebFilter(filterName = "security-headers", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  static final String PAGE_POLICY =
      "base-uri 'none'; object-src 'none'; frame-ancestors 'none'; form-action 'self'";
  static final String STRICT_POLICY =
      "default-src 'none'; img-src 'self'; style-src 'self'; frame-ancestors 'none';"
          + " base-uri 'none'; form-action 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = PracticeRouting.pathOf(request);
    boolean page = path.startsWith("/p/");
    response.setHeader("Content-Security-Policy", page ? PAGE_POLICY : STRICT_POLICY);
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
    chain.doFilter(request, response);
  }
}

package org.foyer.core.web.guard;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Makes {@code getRemoteAddr()} answer {@link ClientAddress} for everything after it, so pages and
 * resources that record an address (consent, form drafts, audit) name the client, not the proxy.
 */
@WebFilter(filterName = "client-address", urlPatterns = "/*")
public class ClientAddressFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient ClientAddress clientAddress;

  /** Reads FOYER_TRUSTED_PROXIES now, so a bad value stops the start instead of every request. */
  @Override
  public void init() throws ServletException {
    clientAddress.trustedProxies();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String address = clientAddress.of(request);
    chain.doFilter(
        new HttpServletRequestWrapper(request) {
          @Override
          public String getRemoteAddr() {
            return address;
          }

          @Override
          public String getRemoteHost() {
            return address;
          }
        },
        response);
  }
}

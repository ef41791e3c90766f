package org.foyer.core.mail.dev;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.foyer.core.runtime.RuntimeSettings;

/**
 * Development pages do not exist in production: every view under {@code /dev/} and the test payment
 * processor's card pages under {@code /test-processor/} answer 404 there, exactly like a page that
 * was never written. (The test processor moves no money; a practice in production cannot choose it
 * either.) It also watches forwards, since practice addresses ({@code /p/demo/dev/mail}) reach
 * their views by a forward from the tenant filter.
 */
@WebFilter(
    filterName = "development-only",
    urlPatterns = {"/dev/*", "/test-processor/*"},
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.INCLUDE})
public class DevelopmentOnlyFilter extends HttpFilter {

  @Inject RuntimeSettings settings;

  public DevelopmentOnlyFilter() {}

  DevelopmentOnlyFilter(RuntimeSettings settings) {
    this.settings = settings;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (settings.isProduction()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }
}

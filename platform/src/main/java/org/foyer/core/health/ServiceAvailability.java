package org.foyer.core.health;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.foyer.core.runtime.RequestDrain;

/**
 * Counts every request in and out, so a stop can let those in flight finish before the database
 * closes, and refuses new ones while stopping. A request that fails because the database is down
 * gets the 503 answer instead of the container's empty 500.
 */
@WebFilter(filterName = "availability", urlPatterns = "/*")
public class ServiceAvailability extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(ServiceAvailability.class.getName());

  @Inject Unavailable unavailable;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!RequestDrain.enter()) {
      unavailable.answer(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!DatabaseOutage.explains(e) || response.isCommitted()) {
        throw e;
      }
      LOG.warning(() -> "Database unavailable: " + rootMessage(e));
      unavailable.answer(request, response);
    } finally {
      RequestDrain.leave();
    }
  }

  static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}

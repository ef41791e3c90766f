package org.foyer.core.web.routing;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.core.web.ProblemWriter;

/**
 * Sets the practice of every request addressed to one, for exactly the duration of the request, and
 * maps a practice's page addresses ({@code /p/demo/staff/home}) onto its Faces views. Views are
 * never addressed directly, so every page is reached through a practice.
 */
@WebFilter(
    filterName = "tenant",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST})
public class TenantFilter extends HttpFilter {

  private static final String FACES_RESOURCES = "/jakarta.faces.resource/";
  private static final Pattern PAGE = Pattern.compile("(/[a-z0-9-]+)+");

  @Inject PracticeRouting routing;
  @Inject ProblemWriter problems;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = PracticeRouting.pathOf(request);
    if (path.endsWith(".xhtml") && !path.startsWith(FACES_RESOURCES)) {
      notFound(request, response, path);
      return;
    }
    if (!PracticeRouting.isPracticeAddress(path)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<RoutedPractice> routed = routing.resolve(request);
    if (routed.isEmpty()) {
      notFound(request, response, path);
      return;
    }
    RoutedPractice practice = routed.get();
    try (Tenancy.Scope scope = Tenancy.enter(practice.tenant())) {
      if (PracticeRouting.isApi(path)) {
        chain.doFilter(request, response);
        return;
      }
      String page = practice.remainder();
      if (page.isEmpty() || page.equals("/")) {
        response.sendRedirect(practice.pagePath(request.getContextPath(), "/login"));
        return;
      }
      String view = page + ".xhtml";
      if (!PAGE.matcher(page).matches() || !viewExists(request, view)) {
        notFound(request, response, path);
        return;
      }
      request.getRequestDispatcher(view).forward(request, response);
    }
  }

  private boolean viewExists(HttpServletRequest request, String view) {
    try {
      return request.getServletContext().getResource(view) != null;
    } catch (MalformedURLException e) {
      return false;
    }
  }

  private void notFound(HttpServletRequest request, HttpServletResponse response, String path)
      throws IOException {
    if (PracticeRouting.isApi(path)) {
      problems.write(response, 404, "Not found", "No such address");
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}

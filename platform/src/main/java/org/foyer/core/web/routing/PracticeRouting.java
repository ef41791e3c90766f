package org.foyer.core.web.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foyer.core.practice.PracticeRegistry;
import org.foyer.core.tenancy.TenantSlug;

/**
 * Finds the practice a request addresses, from {@code /p/{slug}/...} (pages) or {@code
 * /api/p/{slug}/...} (REST). Unknown and suspended practices resolve to nothing, so both answer 404
 * alike. The answer is kept on the request because authentication (which runs before filters) and
 * the tenant filter both ask.
 */
@ApplicationScoped
public class PracticeRouting {

  static final String ATTRIBUTE = RoutedPractice.class.getName();
  private static final String NONE = "none";
  private static final Pattern ADDRESS = Pattern.compile("^(?:/api)?/p/([^/]*)(/.*)?$");

  @Inject PracticeRegistry registry;

  /** Whether the path is one of a practice's addresses, known or not. */
  public static boolean isPracticeAddress(String path) {
    return ADDRESS.matcher(path).matches();
  }

  public static boolean isApi(String path) {
    return path.startsWith("/api/");
  }

  public static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /**
   * The practice this request was already routed to, without looking it up: for answers that must
   * not touch the database, such as the error pages during an outage.
   */
  public static Optional<RoutedPractice> alreadyRouted(ServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof RoutedPractice routed
        ? Optional.of(routed)
        : Optional.empty();
  }

  public Optional<RoutedPractice> resolve(HttpServletRequest request) {
    Object cached = request.getAttribute(ATTRIBUTE);
    if (cached instanceof RoutedPractice routed) {
      return Optional.of(routed);
    }
    if (NONE.equals(cached)) {
      return Optional.empty();
    }
    Optional<RoutedPractice> routed = lookUp(pathOf(request));
    request.setAttribute(ATTRIBUTE, routed.<Object>map(r -> r).orElse(NONE));
    return routed;
  }

  private Optional<RoutedPractice> lookUp(String path) {
    Matcher address = ADDRESS.matcher(path);
    if (!address.matches()) {
      return Optional.empty();
    }
    String remainder = address.group(2) == null ? "" : address.group(2);
    return TenantSlug.parse(address.group(1))
        .flatMap(registry::findBySlug)
        .filter(practice -> practice.isActive())
        .map(practice -> RoutedPractice.of(practice, remainder));
  }
}

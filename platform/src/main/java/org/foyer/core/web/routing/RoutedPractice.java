package org.foyer.core.web.routing;

import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.tenancy.TenantSlug;

/** The practice a request addresses, and the part of the path after its slug. */
public record RoutedPractice(TenantId tenant, TenantSlug slug, String name, String remainder) {

  static RoutedPractice of(Practice practice, String remainder) {
    return new RoutedPractice(practice.tenantId(), practice.slug(), practice.name(), remainder);
  }

  /** The practice's page address for a path like {@code /login}. */
  public String pagePath(String contextPath, String page) {
    return contextPath + "/p/" + slug + page;
  }
}

package org.foyer.web;

import org.foyer.tenancy.Practice;
import org.foyer.tenancy.TenantId;
import org.foyer.tenancy.TenantSlug;

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

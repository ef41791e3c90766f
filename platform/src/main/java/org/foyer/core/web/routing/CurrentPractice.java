package org.foyer.core.web.routing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The practice of the current page, for headings and links ({@code #{practice.name}}). */
@Named("practice")
@RequestScoped
public class CurrentPractice {

  @Inject HttpServletRequest request;

  private RoutedPractice routed() {
    if (request.getAttribute(PracticeRouting.ATTRIBUTE) instanceof RoutedPractice practice) {
      return practice;
    }
    throw new IllegalStateException("page rendered outside a practice's address");
  }

  public String getName() {
    return routed().name();
  }

  public String getSlug() {
    return routed().slug().value();
  }

  /** The address of one of the practice's pages, e.g. {@code #{practice.page('/login')}}. */
  public String page(String page) {
    return routed().pagePath(request.getContextPath(), page);
  }
}

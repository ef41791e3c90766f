package org.foyer.core.web.routing;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Keeps every form action and redirect Faces generates inside the practice's address ({@code
 * /p/demo/login} rather than {@code /login.xhtml}), so postbacks pass through the tenant filter
 * like the first request did.
 */
public class PracticeViewHandler extends ViewHandlerWrapper {

  public PracticeViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    Object request = context.getExternalContext().getRequest();
    if (request instanceof HttpServletRequest http
        && http.getAttribute(PracticeRouting.ATTRIBUTE) instanceof RoutedPractice practice
        && viewId.endsWith(".xhtml")) {
      String page = viewId.substring(0, viewId.length() - ".xhtml".length());
      return practice.pagePath(context.getExternalContext().getRequestContextPath(), page);
    }
    return super.getActionURL(context, viewId);
  }
}

package org.foyer.core.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * A form posted with a view state the server no longer has (a sign-in page left open past the idle
 * timeout, a page from another session) is the visitor's ordinary mishap, not a server error: the
 * page is shown again, fresh, saying the session expired. Registered in faces-config.xml.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

  static final String MESSAGE = "Your session expired, please try again.";

  public ExpiredViews(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext context = FacesContext.getCurrentInstance();
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        if (events.next().getContext().getException() instanceof ViewExpiredException expired
            && expired.getViewId() != null) {
          events.remove();
          showAgain(context, expired.getViewId());
        }
      }
      getWrapped().handle();
    }

    private static void showAgain(FacesContext context, String viewId) {
      UIViewRoot view = context.getApplication().getViewHandler().createView(context, viewId);
      context.setViewRoot(view);
      context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, MESSAGE, MESSAGE));
      if (context.getPartialViewContext().isAjaxRequest()) {
        context.getPartialViewContext().setRenderAll(true);
      }
      context.renderResponse();
    }
  }
}

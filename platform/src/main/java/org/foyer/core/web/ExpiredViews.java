package org.foyer.core.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.html.HtmlInputHidden;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A form posted with a view state the server no longer has (a sign-in page left open past the idle
 * timeout, a page from another session) is the visitor's ordinary mishap, not a server error: the
 * page is shown again saying the session expired, with what the visitor typed still in its fields
 * (passwords aside, which are never sent back to a browser). Registered in faces-config.xml.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

  private static final Logger LOG = Logger.getLogger(ExpiredViews.class.getName());

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
      ViewHandler views = context.getApplication().getViewHandler();
      UIViewRoot view = views.createView(context, viewId);
      context.setViewRoot(view);
      try {
        views.getViewDeclarationLanguage(context, viewId).buildView(context, view);
        keepTypedValues(context, view);
      } catch (IOException e) {
        // The page still shows, empty, with the message: better than an error for a lost session.
        LOG.log(Level.FINE, "Could not restore the values of an expired " + viewId, e);
      }
      context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, MESSAGE, MESSAGE));
      if (context.getPartialViewContext().isAjaxRequest()) {
        context.getPartialViewContext().setRenderAll(true);
      }
      context.renderResponse();
    }

    /**
     * Only visible text the visitor typed or chose comes back: hidden fields could carry values of
     * the lost session, and password fields are never rendered with a value.
     */
    private static void keepTypedValues(FacesContext context, UIViewRoot view) {
      Map<String, String[]> posted = context.getExternalContext().getRequestParameterValuesMap();
      view.visitTree(
          VisitContext.createVisitContext(context),
          (visit, component) -> {
            if (component instanceof EditableValueHolder field
                && !(component instanceof UIInput input && isSecretOrHidden(input))) {
              String[] values = posted.get(component.getClientId(context));
              if (values != null) {
                field.setSubmittedValue(component instanceof UISelectMany ? values : values[0]);
              }
            }
            return VisitResult.ACCEPT;
          });
    }

    private static boolean isSecretOrHidden(UIInput input) {
      // PrimeFaces' password field is an HtmlInputText told apart only by its renderer.
      String renderer = String.valueOf(input.getRendererType()).toLowerCase(Locale.ROOT);
      return input instanceof HtmlInputSecret
          || input instanceof HtmlInputHidden
          || renderer.contains("password")
          || renderer.contains("hidden");
    }
  }
}

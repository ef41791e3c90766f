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
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.core.errors.StorageFull;

/**
 * What a page does when its request meets an ordinary mishap, so that no page bean handles these
 * itself and none of them becomes "Something went wrong on our side":
 *
 * <ul>
 *   <li>{@link NotFound} (an unknown, foreign or malformed id) answers the 404 page;
 *   <li>{@link Refused} (staff without the permission a page needs) answers the 403 page;
 *   <li>a view state the server no longer has (a page left open past the idle timeout, a page of
 *       another session) shows the page again saying the session expired, with what the visitor
 *       typed still in its fields (passwords and hidden fields aside);
 *   <li>{@link StorageFull} shows the same page again, everything typed still there, saying that
 *       nothing was stored;
 *   <li>a post that is not multipart to a page with a file input answers 400, not an error of ours.
 * </ul>
 *
 * Registered in faces-config.xml.
 */
public class PageMishaps extends ExceptionHandlerFactory {

  /** The request attribute the page templates show above the page. */
  static final String MISHAP = "foyer.pageMishap";

  static final String SESSION_EXPIRED = "Your session expired, please try again.";

  private static final Logger LOG = Logger.getLogger(PageMishaps.class.getName());

  public PageMishaps(ExceptionHandlerFactory wrapped) {
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
        Throwable thrown = events.next().getContext().getException();
        if (causeOf(thrown, NotFound.class) != null) {
          events.remove();
          answerNotFound(context);
        } else if (causeOf(thrown, Refused.class) != null) {
          events.remove();
          answer(context, 403, "Forbidden");
        } else if (notMultipart(thrown)) {
          events.remove();
          answer(context, 400, "A form with files must be sent as multipart/form-data");
        } else if (thrown instanceof ViewExpiredException expired && expired.getViewId() != null) {
          events.remove();
          showAgainExpired(context, expired.getViewId());
        } else if (causeOf(thrown, StorageFull.class) != null
            && !context.getExternalContext().isResponseCommitted()) {
          events.remove();
          LOG.warning("A page's change was refused: the database's disk is full");
          // Said by the page templates above every page, as not every page lists messages.
          context.getExternalContext().getRequestMap().put(MISHAP, StorageFull.MESSAGE);
          showAgain(context);
        }
      }
      getWrapped().handle();
    }

    /** Faces wraps what a bean or converter throws (FacesException, ELException, ...). */
    private static <T extends Throwable> T causeOf(Throwable thrown, Class<T> type) {
      for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
        if (type.isInstance(cause)) {
          return type.cast(cause);
        }
      }
      return null;
    }

    /**
     * A page with a file input read from a post that is not multipart (a hand-made request; a
     * browser always sends the form's encoding): the container refuses to list its parts.
     */
    private static boolean notMultipart(Throwable thrown) {
      for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
        if (cause instanceof jakarta.servlet.ServletException
            && String.valueOf(cause.getMessage()).contains("not a multipart")) {
          return true;
        }
      }
      return false;
    }

    private static void answerNotFound(FacesContext context) {
      answer(context, 404, "Not found");
    }

    private static void answer(FacesContext context, int status, String reason) {
      if (context.getResponseComplete()) {
        return;
      }
      try {
        context.getExternalContext().responseSendError(status, reason);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      context.responseComplete();
    }

    private static void showAgainExpired(FacesContext context, String viewId) {
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
      say(context, FacesMessage.SEVERITY_WARN, SESSION_EXPIRED);
    }

    /** Renders the current view again with a message for the whole page. */
    private static void say(FacesContext context, FacesMessage.Severity severity, String text) {
      context.addMessage(null, new FacesMessage(severity, text, text));
      showAgain(context);
    }

    private static void showAgain(FacesContext context) {
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

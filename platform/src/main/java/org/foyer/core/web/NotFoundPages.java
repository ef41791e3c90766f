package org.foyer.core.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.foyer.core.errors.NotFound;

/**
 * A page that meets {@link NotFound} (an unknown, foreign or malformed id) answers the 404 page, so
 * page beans throw it like services do instead of each sending the error themselves. Registered in
 * faces-config.xml.
 */
public class NotFoundPages extends ExceptionHandlerFactory {

  public NotFoundPages(ExceptionHandlerFactory wrapped) {
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
        if (notFound(events.next().getContext().getException())) {
          events.remove();
          answerNotFound(context);
        }
      }
      getWrapped().handle();
    }

    private static boolean notFound(Throwable thrown) {
      // Faces wraps what a bean or converter throws (FacesException, ELException, ...).
      for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
        if (cause instanceof NotFound) {
          return true;
        }
      }
      return false;
    }

    private static void answerNotFound(FacesContext context) {
      if (context.getResponseComplete()) {
        return;
      }
      try {
        context.getExternalContext().responseSendError(404, "Not found");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      context.responseComplete();
    }
  }
}

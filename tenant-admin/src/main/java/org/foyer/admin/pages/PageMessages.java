package org.foyer.admin.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;
import org.foyer.core.errors.BusinessException;
import org.foyer.core.errors.InvalidInput;

/**
 * Runs a page action and turns its outcome into page messages: a confirmation, or the business
 * exception's message. The constants differ only in where a refusal's field errors go, which
 * depends on how the page is laid out.
 */
public enum PageMessages {

  /**
   * Each field error at the input of the same id: the catalogue, preferences and portal settings
   * pages name their inputs after the service's fields and show a message beside each.
   */
  BESIDE_INPUTS {
    @Override
    void fieldError(FacesContext faces, String target, String field, String problem) {
      faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, problem));
    }
  },

  /**
   * Each field error listed with the page's messages as "field: problem", so the administrator sees
   * exactly what to fix where a problem has no input of its own (the form engine's JSON pointers on
   * the forms, packets and packs pages).
   */
  LISTED {
    @Override
    void fieldError(FacesContext faces, String target, String field, String problem) {
      faces.addMessage(
          target, new FacesMessage(FacesMessage.SEVERITY_ERROR, field + ": " + problem, null));
    }
  },

  /**
   * Each field error as a sentence of its own among the page's messages, for forms repeated per row
   * whose inputs have no ids of their own to carry a message (the client page's insurance checks).
   */
  IN_WORDS {
    @Override
    void fieldError(FacesContext faces, String target, String field, String problem) {
      faces.addMessage(target, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, null));
    }
  },

  /**
   * The refusal's summary alone: the staff and roles pages show every message in one list, where
   * field errors would only repeat the summary.
   */
  SUMMARY_ONLY {
    @Override
    void fieldError(FacesContext faces, String target, String field, String problem) {
      // Nothing beyond the summary; see above.
    }
  };

  abstract void fieldError(FacesContext faces, String target, String field, String problem);

  /** Whether the action succeeded. */
  public boolean run(Runnable action, String done) {
    return report(
        () -> {
          action.run();
          return done;
        });
  }

  /** Runs an action that answers its own confirmation; whether it succeeded. */
  public boolean report(Supplier<String> action) {
    return reportTo(null, action);
  }

  /**
   * As {@link #report}, with the messages addressed to one component (its client id) rather than
   * the page, for a page section with its own message list.
   */
  public boolean reportTo(String target, Supplier<String> action) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      String done = action.get();
      faces.addMessage(target, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
      return true;
    } catch (BusinessException e) {
      refuse(target, e);
      return false;
    }
  }

  /**
   * Shows a refusal the way {@link #reportTo} does, for a page whose action must handle the
   * exception itself (it redirects on success, or keeps state on failure): the message at the
   * target, then an invalid input's field errors where this constant puts them.
   */
  public void refuse(String target, BusinessException refused) {
    error(target, refused.getMessage());
    if (refused instanceof InvalidInput invalid) {
      FacesContext faces = FacesContext.getCurrentInstance();
      for (Map.Entry<String, String> field : invalid.fieldErrors().entrySet()) {
        fieldError(faces, target, field.getKey(), field.getValue());
      }
    }
  }

  /**
   * Shows the page at the address afresh, keeping the messages said so far: post, then redirect, so
   * that reloading the page reads it again and never sends the change a second time.
   */
  public static void showAfresh(String address) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    try {
      external.redirect(address);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One error message at a component (its client id), or for the whole page when it is null. */
  public static void error(String target, String message) {
    FacesContext.getCurrentInstance()
        .addMessage(target, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }
}

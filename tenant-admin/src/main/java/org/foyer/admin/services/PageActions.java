package org.foyer.admin.services;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.function.Supplier;
import org.foyer.errors.BusinessException;
import org.foyer.errors.InvalidInput;

/**
 * Runs a page action and turns its outcome into page messages: a confirmation, or the business
 * exception's message with each field error placed at the input of the same id (the catalogue and
 * preferences pages name their inputs after the service's fields).
 */
public final class PageActions {

  private PageActions() {}

  /** Whether the action succeeded. */
  public static boolean run(Runnable action, String done) {
    return report(
        () -> {
          action.run();
          return done;
        });
  }

  /** Runs an action that answers its own confirmation; whether it succeeded. */
  public static boolean report(Supplier<String> action) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      String done = action.get();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
      return true;
    } catch (InvalidInput e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      for (Map.Entry<String, String> field : e.fieldErrors().entrySet()) {
        faces.addMessage(
            field.getKey(),
            new FacesMessage(FacesMessage.SEVERITY_ERROR, field.getValue(), field.getValue()));
      }
      return false;
    } catch (BusinessException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      return false;
    }
  }
}

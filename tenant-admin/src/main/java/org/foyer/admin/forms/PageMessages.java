package org.foyer.admin.forms;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.function.Supplier;
import org.foyer.errors.BusinessException;
import org.foyer.errors.InvalidInput;

/**
 * Runs a page action of the forms, packets and packs pages and reports its outcome as page
 * messages: a confirmation, or the refusal with every precise problem (the engine's pointers
 * included) listed, so the administrator sees exactly what to fix.
 */
public final class PageMessages {

  private PageMessages() {}

  /** Whether the action succeeded. */
  public static boolean run(Runnable action, String done) {
    return report(
        () -> {
          action.run();
          return done;
        });
  }

  public static boolean report(Supplier<String> action) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      String done = action.get();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
      return true;
    } catch (InvalidInput e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      for (Map.Entry<String, String> problem : e.fieldErrors().entrySet()) {
        String text = problem.getKey() + ": " + problem.getValue();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      }
      return false;
    } catch (BusinessException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      return false;
    }
  }
}

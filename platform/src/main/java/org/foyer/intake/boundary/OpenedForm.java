package org.foyer.intake.boundary;

import java.util.UUID;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.populate.Populated;
import org.foyer.forms.render.FormState;
import org.foyer.intake.entity.FormStatus;

/**
 * A form as the portal shows it: its definition, what was pre-filled, and the state to render (the
 * saved draft, a rejected post with every error, or the submitted answers when it is locked).
 */
public record OpenedForm(
    UUID id,
    String title,
    FormStatus status,
    FormDefinition definition,
    Populated populated,
    FormState state) {

  public boolean isLocked() {
    return !status.isOpen();
  }
}

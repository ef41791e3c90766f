package org.foyer.intake.filling.boundary;

import java.util.UUID;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.populate.Populated;
import org.foyer.forms.render.FormState;
import org.foyer.intake.entity.FormStatus;

/**
 * A form as the portal shows it: its definition, what was pre-filled, and the state to render (the
 * saved draft, a rejected post with every error, or the submitted answers when it is locked). A
 * form waiting for a later signer also says whose turn it is ({@code signing}, else null).
 */
public record OpenedForm(
    UUID id,
    String title,
    FormStatus status,
    FormDefinition definition,
    Populated populated,
    FormState state,
    Signing signing) {

  /**
   * The signature a form waits for: who gives it, whether that is the reader, and the field, its
   * label and the intent statement the signer agrees to.
   */
  public record Signing(
      String waitingFor, boolean yourTurn, String field, String label, String intent) {}

  /** Answered already, or waiting for someone else to fill it in and sign first. */
  public boolean isLocked() {
    return !status.isOpen() || (signing != null && !signing.yourTurn());
  }

  /** True when the answers are given and shown read-only, not still to be filled in. */
  public boolean isAnswered() {
    return !status.isOpen();
  }
}

package org.foyer.intake.filling.boundary;

import org.foyer.forms.populate.Populated;
import org.foyer.forms.validation.ParseResult;

/**
 * The end of a submission: received (committed once the service returns), or rejected with the
 * engine's result so the page shows every answer typed and every error.
 */
public record SubmitOutcome(
    boolean received, ParseResult rejection, Populated populated, String problem) {

  static SubmitOutcome receivedOne() {
    return new SubmitOutcome(true, null, null, null);
  }

  static SubmitOutcome rejected(ParseResult result, Populated populated) {
    return new SubmitOutcome(false, result, populated, null);
  }

  /** Valid answers the form still refuses as a whole, such as a signature by the wrong person. */
  static SubmitOutcome refused(ParseResult result, Populated populated, String problem) {
    return new SubmitOutcome(false, result, populated, problem);
  }
}

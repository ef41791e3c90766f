package org.foyer.intake.boundary;

import org.foyer.forms.populate.Populated;
import org.foyer.forms.validation.ParseResult;

/**
 * The end of a submission: received (committed once the service returns), or rejected with the
 * engine's result so the page shows every answer typed and every error.
 */
public record SubmitOutcome(boolean received, ParseResult rejection, Populated populated) {

  static SubmitOutcome receivedOne() {
    return new SubmitOutcome(true, null, null);
  }

  static SubmitOutcome rejected(ParseResult result, Populated populated) {
    return new SubmitOutcome(false, result, populated);
  }
}

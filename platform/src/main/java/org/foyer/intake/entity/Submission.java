package org.foyer.intake.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * What a submission stores, as JSON texts: the validated answers, the server's scores, the
 * signature records, the pre-filled answers the client changed; who submitted, for whom, from where
 * and when. {@code flagged} is true when a scoring flag (such as PHQ-9 item 9) was raised.
 */
public record Submission(
    String answersJson,
    String scoresJson,
    String signaturesJson,
    String prefillChangesJson,
    boolean flagged,
    String submittedBy,
    String onBehalfOf,
    String address,
    Instant at) {

  public Submission {
    Objects.requireNonNull(answersJson, "answersJson");
    Objects.requireNonNull(submittedBy, "submittedBy");
    Objects.requireNonNull(at, "at");
  }
}

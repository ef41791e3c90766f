package org.foyer.forms.pdf;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.scoring.ScoreReport;
import org.foyer.forms.signature.SignatureRecord;

/**
 * Everything a completed-form PDF shows: the answers, the server-computed scores, the signature
 * records, and the signature images' bytes by blob ref (the platform loads them from storage; the
 * engine checks each against the SHA-256 in its record before embedding it). {@code completedAt}
 * becomes the PDF's date, so the same submission always gives the same bytes. {@code heading} says
 * whose form it is on every page.
 */
public record CompletedForm(
    Answers answers,
    ScoreReport scores,
    List<SignatureRecord> signatures,
    Map<String, byte[]> images,
    Instant completedAt,
    PdfHeading heading) {

  /** A completed form with no heading (the engine's own tests and tools). */
  public CompletedForm(
      Answers answers,
      ScoreReport scores,
      List<SignatureRecord> signatures,
      Map<String, byte[]> images,
      Instant completedAt) {
    this(answers, scores, signatures, images, completedAt, PdfHeading.NONE);
  }

  public CompletedForm {
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(completedAt, "completedAt");
    scores = scores == null ? ScoreReport.EMPTY : scores;
    signatures = signatures == null ? List.of() : List.copyOf(signatures);
    images = images == null ? Map.of() : Map.copyOf(images);
    heading = heading == null ? PdfHeading.NONE : heading;
  }
}

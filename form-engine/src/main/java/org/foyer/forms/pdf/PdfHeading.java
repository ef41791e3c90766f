package org.foyer.forms.pdf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Whose a PDF is, printed at the top of every page so a page that strays from its document still
 * says so: the practice, and for a completed form the client, their date of birth and who submitted
 * it (with the client the submitter acted for, when a contact did). {@code zone} is the practice's
 * time zone, in which every time on the PDF is printed. Empty strings mean "not known"; a blank
 * paper form knows only the practice.
 */
public record PdfHeading(
    String practice,
    String clientName,
    LocalDate dateOfBirth,
    String submittedBy,
    String onBehalfOf,
    ZoneId zone) {

  /** No practice known: the PDF says only which form it is, with times in UTC. */
  public static final PdfHeading NONE = practiceOnly("", ZoneId.of("UTC"));

  public PdfHeading {
    practice = practice == null ? "" : practice;
    clientName = clientName == null ? "" : clientName;
    submittedBy = submittedBy == null ? "" : submittedBy;
    onBehalfOf = onBehalfOf == null ? "" : onBehalfOf;
    Objects.requireNonNull(zone, "zone");
  }

  /** The heading of a blank form, which belongs to no client yet. */
  public static PdfHeading practiceOnly(String practice, ZoneId zone) {
    return new PdfHeading(practice, "", null, "", "", zone);
  }
}

package org.foyer.intake.boundary;

import java.util.List;
import org.foyer.intake.entity.FormStatus;

/** Status sets the services' queries share. */
final class SubmissionQueries {

  static final List<FormStatus> OPEN = List.of(FormStatus.OUTSTANDING, FormStatus.IN_PROGRESS);

  private SubmissionQueries() {}
}

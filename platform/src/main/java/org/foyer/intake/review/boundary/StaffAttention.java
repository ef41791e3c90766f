package org.foyer.intake.review.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.foyer.core.access.Caller;
import org.foyer.intake.signing.boundary.Countersigning;

/**
 * What needs a staff member's attention today, for the staff home: submitted forms to review
 * (flagged questionnaires first), forms waiting for the clinician's countersignature, and clients
 * whose intake is still outstanding, longest waiting first. Each list is cut to a glance; the full
 * lists are a link away.
 */
@Named
@RequestScoped
public class StaffAttention {

  static final int SHOWN = 8;

  @Inject SubmissionReview review;
  @Inject Countersigning countersigning;
  @Inject Caller caller;

  private List<ReviewViews.Awaiting> toReview;
  private List<ReviewViews.Outstanding> outstanding;
  private List<Countersigning.ToCountersign> toCountersign;

  /** Forms whose next signature is the clinician's, given on their review page. */
  public List<Countersigning.ToCountersign> getToCountersign() {
    if (toCountersign == null) {
      toCountersign =
          caller.isStaff() ? countersigning.listAwaitingCountersignature(caller) : List.of();
    }
    return toCountersign;
  }

  public List<ReviewViews.Awaiting> getToReview() {
    if (toReview == null) {
      toReview = caller.isStaff() ? review.listAwaiting(caller) : List.of();
    }
    return toReview;
  }

  public List<ReviewViews.Awaiting> getToReviewShown() {
    return getToReview().stream().limit(SHOWN).toList();
  }

  public List<ReviewViews.Outstanding> getOutstanding() {
    if (outstanding == null) {
      outstanding = caller.isStaff() ? review.listOutstanding(caller) : List.of();
    }
    return outstanding;
  }

  public List<ReviewViews.Outstanding> getOutstandingShown() {
    return getOutstanding().stream().limit(SHOWN).toList();
  }
}

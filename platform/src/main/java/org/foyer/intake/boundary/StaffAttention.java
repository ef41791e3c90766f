package org.foyer.intake.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.foyer.core.access.Caller;

/**
 * What needs a staff member's attention today, for the staff home: submitted forms to review
 * (flagged questionnaires first) and clients whose intake is still outstanding, longest waiting
 * first. Each list is cut to a glance; the full lists are a link away.
 */
@Named
@RequestScoped
public class StaffAttention {

  static final int SHOWN = 8;

  @Inject SubmissionReview review;
  @Inject Caller caller;

  private List<ReviewViews.Awaiting> toReview;
  private List<ReviewViews.Outstanding> outstanding;

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

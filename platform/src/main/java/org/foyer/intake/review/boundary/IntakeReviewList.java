package org.foyer.intake.review.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.foyer.core.access.Caller;

/** The staff review list: submitted forms waiting to be acknowledged. */
@Named
@RequestScoped
public class IntakeReviewList {

  @Inject SubmissionReview review;
  @Inject Caller caller;

  private List<ReviewViews.Awaiting> awaiting;

  public List<ReviewViews.Awaiting> getAwaiting() {
    if (awaiting == null) {
      awaiting = review.listAwaiting(caller);
    }
    return awaiting;
  }
}

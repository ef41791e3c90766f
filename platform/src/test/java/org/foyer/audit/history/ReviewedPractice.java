package org.foyer.audit.history;

import java.util.Set;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.audit.control.AuditReviewers;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.fixtures.SampleCallers;
import org.foyer.portal.account.boundary.ClientLogins;
import org.foyer.portal.activity.TrailPractice;

/**
 * A practice whose audit log Kim Lee, its administrator, reviews, and where Dana Okafor, a
 * therapist who may not, treats clients: the trail, the reviewers' check and the telling of events
 * that the access history and the audit log share.
 */
final class ReviewedPractice {

  final TrailPractice trail;
  final AuditReviewers reviewers;
  final EventTelling telling;
  final Caller kim = SampleCallers.administrator("kim@example.org");
  final Caller dana =
      SampleCallers.staff("dana@example.org", Set.of(Capability.UPLOAD_GENERAL_DOCUMENTS));

  ReviewedPractice(String slugPrefix) {
    trail =
        new TrailPractice(
            slugPrefix,
            new StaffMember("dana@example.org", "Dana Okafor", StaffRole.THERAPIST),
            new StaffMember("kim@example.org", "Kim Lee", StaffRole.ADMINISTRATOR));
    reviewers = new AuditReviewers(trail.audit);
    telling =
        new EventTelling(
            trail.records,
            trail.staff,
            new ClientLogins(TestDatabase.get().entityManager()),
            trail.documents);
  }
}

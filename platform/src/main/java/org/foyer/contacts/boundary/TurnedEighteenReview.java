package org.foyer.contacts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.foyer.clients.boundary.ClientId;
import org.foyer.contacts.entity.TurnedEighteen;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.BusinessException;
import org.foyer.portal.invitation.InvitationSent;

/**
 * The "Turned 18: review contacts" page and the count on the staff home. Staff open the client's
 * Contacts section to keep, narrow or revoke each link, may invite the client to their own login,
 * then mark the review done here.
 */
@Named("turnedEighteen")
@RequestScoped
public class TurnedEighteenReview {

  @Inject ContactsAtEighteen review;
  @Inject Caller caller;

  private List<TurnedEighteen> rows;
  private Integer count;
  private String notice;
  private String problem;

  public List<TurnedEighteen> getRows() {
    if (rows == null) {
      rows = caller.isStaff() ? review.listToReview(caller) : List.of();
    }
    return rows;
  }

  /** For the staff home: how many clients wait, without opening anyone's record. */
  public int getCount() {
    if (count == null) {
      count = caller.isStaff() ? review.countToReview(caller) : 0;
    }
    return count;
  }

  public boolean isCanManage() {
    return caller.can(Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS);
  }

  public void markDone(UUID clientId, String name) {
    try {
      review.markReviewed(caller, new ClientId(clientId));
      notice = "Review done for " + name + ". Their contacts stay as they are now.";
    } catch (BusinessException e) {
      problem = e.getMessage();
    }
    rows = null;
  }

  public void invite(UUID clientId, String name) {
    try {
      InvitationSent sent = review.inviteClient(caller, new ClientId(clientId));
      notice = "Invitation sent to " + name + " at " + sent.email() + ".";
    } catch (BusinessException e) {
      problem = e.getMessage();
    }
    rows = null;
  }

  public String getNotice() {
    return notice;
  }

  public String getProblem() {
    return problem;
  }
}

package org.foyer.messages.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.foyer.admin.pages.PageMessages;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.boundary.StaffProfile;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.BusinessException;
import org.foyer.core.errors.NotFound;
import org.foyer.core.web.routing.CurrentPractice;
import org.foyer.messages.boundary.ConversationLists;
import org.foyer.messages.boundary.ConversationTriage;
import org.foyer.messages.boundary.Messaging;
import org.foyer.messages.boundary.MessagingRules;
import org.foyer.messages.conversations.ConversationSummary;
import org.foyer.messages.conversations.InboxFilter;

/**
 * The staff inbox's filters (query parameters, so a filtered inbox can be bookmarked) and the
 * triage controls of an open conversation: assign, done, flag. The services decide what the caller
 * may see and do; this bean only carries the page's choices.
 */
@Named
@RequestScoped
public class StaffTriage {

  @Inject StaffMessages page;
  @Inject ConversationLists lists;
  @Inject ConversationTriage triage;
  @Inject MessagingRules rules;
  @Inject StaffDirectory staff;
  @Inject ClientRecords clients;
  @Inject Caller caller;
  @Inject CurrentPractice practice;

  private String clinician;
  private boolean flagged;
  private boolean mine;
  private boolean unread;
  private String status;
  private String assignee;
  private List<ConversationSummary> conversations;
  private final Map<UUID, String> names = new HashMap<>();

  /** Whether the inbox is filtered beyond a client: the page then shows one filtered list. */
  public boolean isFiltering() {
    return clinicianId() != null || flagged || mine || unread || statusFilter() != null;
  }

  public List<ConversationSummary> getConversations() {
    if (conversations == null) {
      UUID client = page.getClient() == null ? null : page.getClient().value();
      conversations =
          lists
              .listForStaff(
                  caller,
                  new InboxFilter(client, clinicianId(), unread, flagged, mine, statusFilter()),
                  null,
                  50)
              .conversations();
    }
    return conversations;
  }

  public List<StaffProfile> getClinicians() {
    return staff.listClinicians();
  }

  public List<StaffProfile> assignable(ConversationSummary summary) {
    return triage.listAssignable(caller, summary.clientId());
  }

  /** The assignee's name, for the list and the conversation; never their id. */
  public String assigneeName(ConversationSummary summary) {
    UUID id = summary.assignedTo();
    if (id == null) {
      return "";
    }
    return names.computeIfAbsent(
        id, key -> staff.findProfile(key).map(StaffProfile::displayName).orElse("a colleague"));
  }

  /** Whether the caller may write in this conversation now (else the page says why). */
  public boolean mayWrite(ConversationSummary summary) {
    UUID clinicianId =
        clients.findIdentity(summary.clientId()).map(ClientIdentity::clinicianId).orElse(null);
    return rules.staffMayWrite(caller, clinicianId);
  }

  /** Why the caller may not write: messaging is off, or only the clinician answers. */
  public String getWhyNotWriting() {
    return rules.portalMessagingOn() ? MessagingRules.CLINICIAN_ANSWERS : MessagingRules.OFF;
  }

  public void assign() {
    act(() -> triage.assign(caller, conversationId(), parse(assignee)));
  }

  public void markDone() {
    act(() -> triage.markDone(caller, conversationId(), true));
  }

  public void reopen() {
    act(() -> triage.markDone(caller, conversationId(), false));
  }

  public void flag() {
    act(() -> triage.flag(caller, conversationId(), true));
  }

  public void unflag() {
    act(() -> triage.flag(caller, conversationId(), false));
  }

  private void act(Runnable change) {
    try {
      change.run();
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(practice.page("/staff/messages") + "?id=" + page.getId());
    } catch (NotFound e) {
      throw e;
    } catch (BusinessException e) {
      PageMessages.BESIDE_INPUTS.refuse(null, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private UUID conversationId() {
    if (page.getId() == null) {
      throw new NotFound(Messaging.CONVERSATION);
    }
    return page.getId().value();
  }

  private UUID clinicianId() {
    return optionalId(clinician, ConversationTriage.COLLEAGUE);
  }

  private InboxFilter.Status statusFilter() {
    if ("open".equals(status)) {
      return InboxFilter.Status.OPEN;
    }
    return "done".equals(status) ? InboxFilter.Status.DONE : null;
  }

  private static UUID parse(String text) {
    return optionalId(text, ConversationTriage.COLLEAGUE);
  }

  /** A chosen id from a select on the staff pages: none when blank; a forged one is not found. */
  static UUID optionalId(String text, String what) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      throw new NotFound(what);
    }
  }

  public String getClinician() {
    return clinician;
  }

  public void setClinician(String clinician) {
    this.clinician = clinician;
  }

  public boolean isFlagged() {
    return flagged;
  }

  public void setFlagged(boolean flagged) {
    this.flagged = flagged;
  }

  public boolean isMine() {
    return mine;
  }

  public void setMine(boolean mine) {
    this.mine = mine;
  }

  public boolean isUnread() {
    return unread;
  }

  public void setUnread(boolean unread) {
    this.unread = unread;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  /** The chosen colleague; before any choice, whom the open conversation is assigned to. */
  public String getAssignee() {
    if (assignee == null && page.getConversation() != null) {
      UUID current = page.getConversation().conversation().assignedTo();
      return current == null ? "" : current.toString();
    }
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }
}

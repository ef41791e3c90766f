package org.foyer.messages.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.pages.PageMessages;
import org.foyer.clients.boundary.ClientId;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.BusinessException;
import org.foyer.core.errors.NotFound;
import org.foyer.messages.NewConversation;
import org.foyer.messages.attachments.AttachmentFiled;
import org.foyer.messages.boundary.AttachmentFilings;
import org.foyer.messages.boundary.ConversationLists;
import org.foyer.messages.boundary.Messaging;
import org.foyer.messages.conversations.ConversationSummary;
import org.foyer.portal.account.PortalPerson;

/**
 * The staff inbox: unread conversations first, then the latest, optionally one client's ({@code
 * ?client=}, where staff may also start a conversation); or one conversation ({@code ?id=}) with a
 * reply box. What the caller may see is decided by the service.
 */
@Named
@RequestScoped
public class StaffMessages extends ConversationPages {

  @Inject Messaging messaging;
  @Inject AttachmentFilings filings;
  @Inject ConversationLists lists;
  @Inject ClientRecords clients;

  private ClientId client;
  private List<ConversationSummary> unread;
  private List<ConversationSummary> recent;
  private String clientName;
  private boolean keepFromGuardians;
  private String contact;
  private List<PortalPerson> addressees;

  public void load() {
    if (!caller.isStaff()) {
      throw new NotFound("Messages");
    }
    openAskedFor();
    if (client != null) {
      nameClient();
      if (id == null && !postback()) {
        drafts.findNew(caller, client.value()).ifPresent(this::restore);
      }
    }
  }

  public List<ConversationSummary> getUnread() {
    if (unread == null) {
      unread = lists.listForStaff(caller, clientId(), true, null, 50).conversations();
    }
    return unread;
  }

  public List<ConversationSummary> getRecent() {
    if (recent == null) {
      recent =
          lists.listForStaff(caller, clientId(), false, null, 50).conversations().stream()
              .filter(c -> !c.unread())
              .toList();
    }
    return recent;
  }

  public void start() {
    if (client == null) {
      throw new NotFound("That client");
    }
    startConversation(
        client.value(),
        new NewConversation(
            subject,
            body,
            client.value(),
            keepFromGuardians,
            StaffTriage.optionalId(contact, "That contact")));
  }

  /** Files a copy of an attachment into the client's General Documents, and says where it went. */
  public void file(UUID attachmentId) {
    requireConversation();
    try {
      AttachmentFiled filed = filings.file(caller, id.value(), attachmentId);
      String done =
          filed.earlier()
              ? "\u201c" + filed.fileName() + "\u201d was already in General Documents."
              : "Filed \u201c" + filed.fileName() + "\u201d in General Documents.";
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
    } catch (NotFound e) {
      throw e;
    } catch (BusinessException e) {
      PageMessages.error(null, e.getMessage());
    }
    conversation = attachments.open(caller, id.value(), null, null);
  }

  /** Whether the caller may file attachments into General Documents (the button shows then). */
  public boolean isCanFile() {
    return caller.can(Capability.UPLOAD_GENERAL_DOCUMENTS);
  }

  @Override
  String pagePath() {
    return "/staff/messages";
  }

  public String clientLink(ConversationSummary summary) {
    return practice.page("/staff/messages") + "?client=" + summary.clientId();
  }

  private UUID clientId() {
    return client == null ? null : client.value();
  }

  /**
   * The client a new conversation is about; on a postback of that form (where the view action does
   * not run) named again from the posted client, so that the form is there to receive the post.
   */
  public String getClientName() {
    if (clientName == null && client == null && postback()) {
      PostedConversation.client()
          .ifPresent(
              posted -> {
                client = posted;
                nameClient();
              });
    }
    return clientName;
  }

  /** Checks that the caller takes part in the client's conversations before naming them. */
  private void nameClient() {
    lists.listForStaff(caller, client.value(), false, null, 1);
    clientName = clients.getIdentity(client.value()).displayName();
  }

  public ClientId getClient() {
    return client;
  }

  public void setClient(ClientId client) {
    this.client = client;
  }

  /** Whom a new conversation may be with, besides everyone acting for the client. */
  public List<PortalPerson> getAddressees() {
    if (addressees == null) {
      addressees = client == null ? List.of() : messaging.listAddressees(caller, client.value());
    }
    return addressees;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public boolean isKeepFromGuardians() {
    return keepFromGuardians;
  }

  public void setKeepFromGuardians(boolean keepFromGuardians) {
    this.keepFromGuardians = keepFromGuardians;
  }
}

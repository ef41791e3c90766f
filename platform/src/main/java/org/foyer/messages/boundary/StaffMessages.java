package org.foyer.messages.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.pages.PageMessages;
import org.foyer.clients.boundary.ClientId;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.BusinessException;
import org.foyer.core.errors.NotFound;
import org.foyer.core.web.routing.CurrentPractice;
import org.foyer.messages.AttachmentFiled;
import org.foyer.messages.ConversationId;
import org.foyer.messages.ConversationSummary;
import org.foyer.messages.ConversationView;
import org.foyer.messages.NewConversation;
import org.foyer.portal.account.PortalPerson;

/**
 * The staff inbox: unread conversations first, then the latest, optionally one client's ({@code
 * ?client=}, where staff may also start a conversation); or one conversation ({@code ?id=}) with a
 * reply box. What the caller may see is decided by the service.
 */
@Named
@RequestScoped
public class StaffMessages {

  @Inject Messaging messaging;
  @Inject MessageAttachments attachments;
  @Inject AttachmentFilings filings;
  @Inject ConversationLists lists;
  @Inject MessageRetractions retractions;
  @Inject MessageDrafts drafts;
  @Inject ClientRecords clients;
  @Inject Caller caller;
  @Inject CurrentPractice practice;

  private ConversationId id;
  private ClientId client;
  private ConversationView conversation;
  private List<ConversationSummary> unread;
  private List<ConversationSummary> recent;
  private String clientName;
  private String subject;
  private String body;
  private List<Part> files;
  private boolean keepFromGuardians;
  private String contact;
  private List<PortalPerson> addressees;

  public void load() {
    if (!caller.isStaff()) {
      throw new NotFound("Messages");
    }
    if (id != null && conversation == null && !PortalMessages.postback()) {
      conversation = attachments.open(caller, id.value(), null, null);
      drafts.findReply(caller, id.value()).ifPresent(draft -> body = draft.body());
    }
    if (client != null) {
      nameClient();
      if (id == null && !PortalMessages.postback()) {
        drafts
            .findNew(caller, client.value())
            .ifPresent(
                draft -> {
                  subject = draft.subject();
                  body = draft.body();
                });
      }
    }
  }

  /** Takes back one of the caller's messages in this conversation; refusals show on the page. */
  public void retract() {
    if (id == null) {
      throw new NotFound("That conversation");
    }
    try {
      retractions.retract(caller, id.value(), PostedConversation.messageId());
      redirect("?id=" + id);
    } catch (NotFound e) {
      throw e;
    } catch (BusinessException e) {
      PageMessages.BESIDE_INPUTS.refuse(null, e);
      if (conversation == null) {
        conversation = attachments.open(caller, id.value(), null, null);
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
    try {
      ConversationSummary started =
          attachments.start(
              caller,
              client.value(),
              new NewConversation(
                  subject,
                  body,
                  client.value(),
                  keepFromGuardians,
                  StaffTriage.optionalId(contact, "That contact")),
              ChosenFiles.read(files));
      redirect("?id=" + started.id());
    } catch (NotFound e) {
      throw e;
    } catch (BusinessException e) {
      ChosenFiles.refuse(e, "new-files");
    }
  }

  public void reply() {
    if (id == null) {
      throw new NotFound("That conversation");
    }
    try {
      attachments.reply(caller, id.value(), body, ChosenFiles.read(files));
      redirect("?id=" + id);
    } catch (NotFound e) {
      throw e;
    } catch (BusinessException e) {
      ChosenFiles.refuse(e, "reply-files");
      if (conversation == null) {
        conversation = attachments.open(caller, id.value(), null, null);
      }
    }
  }

  /** Files a copy of an attachment into the client's General Documents, and says where it went. */
  public void file(UUID attachmentId) {
    if (id == null) {
      throw new NotFound("That conversation");
    }
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

  public String link(ConversationSummary summary) {
    return practice.page("/staff/messages") + "?id=" + summary.id();
  }

  public String clientLink(ConversationSummary summary) {
    return practice.page("/staff/messages") + "?client=" + summary.clientId();
  }

  private UUID clientId() {
    return client == null ? null : client.value();
  }

  private void redirect(String query) {
    try {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(practice.page("/staff/messages") + query);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The conversation shown; on a postback from its page (reply, retract) loaded again from the
   * posted id, so that its forms are there to receive the post.
   */
  public ConversationView getConversation() {
    if (conversation == null && id == null && PortalMessages.postback()) {
      PostedConversation.id()
          .ifPresent(
              posted -> {
                id = posted;
                conversation = attachments.open(caller, posted.value(), null, null);
              });
    }
    return conversation;
  }

  /**
   * The client a new conversation is about; on a postback of that form (where the view action does
   * not run) named again from the posted client, so that the form is there to receive the post.
   */
  public String getClientName() {
    if (clientName == null && client == null && PortalMessages.postback()) {
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

  public ConversationId getId() {
    return id;
  }

  public void setId(ConversationId id) {
    this.id = id;
  }

  public ClientId getClient() {
    return client;
  }

  public void setClient(ClientId client) {
    this.client = client;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
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

package org.foyer.messages.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.foyer.admin.pages.PageMessages;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.BusinessException;
import org.foyer.core.errors.NotFound;
import org.foyer.core.web.routing.CurrentPractice;
import org.foyer.messages.ConversationId;
import org.foyer.messages.ConversationSummary;
import org.foyer.messages.ConversationView;
import org.foyer.messages.NewConversation;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.boundary.PortalHome;

/**
 * The portal's Messages page, for the client profile the login acts for now: the conversations, or
 * one of them ({@code ?id=}) with a reply box. The services check the link on every call; a link
 * without messages, like an id the caller may not read, answers 404.
 */
@Named
@RequestScoped
public class PortalMessages {

  @Inject Messaging messaging;
  @Inject MessageAttachments attachments;
  @Inject ConversationLists lists;
  @Inject MessageRetractions retractions;
  @Inject MessageDrafts drafts;
  @Inject MessagingRules rules;
  @Inject Caller caller;
  @Inject PortalHome home;
  @Inject CurrentPractice practice;

  private ConversationId id;
  private ConversationView conversation;
  private List<ConversationSummary> conversations;
  private String subject;
  private String body;
  private List<Part> files;

  public ClientProfile getCurrent() {
    return home.getCurrent();
  }

  /** Opens the conversation asked for (audited), or answers 404 when messages are not permitted. */
  public void load() {
    ClientProfile current = getCurrent();
    // A practice that turned messaging off has no Messages page for clients.
    if (!rules.portalMessagingOn()
        || current != null && !current.permits(ContactPermission.MESSAGES)) {
      throw new NotFound("Messages");
    }
    if (id != null && conversation == null && !postback()) {
      conversation = attachments.open(caller, id.value(), null, null);
      drafts.findReply(caller, id.value()).ifPresent(draft -> body = draft.body());
    } else if (id == null && current != null && !postback()) {
      drafts.findNew(caller, current.clientId()).ifPresent(this::restore);
    }
  }

  private void restore(MessageDrafts.Draft draft) {
    subject = draft.subject();
    body = draft.body();
  }

  /** Takes back one of the caller's messages in this conversation; refusals show on the page. */
  public void retract() {
    if (id == null) {
      throw new NotFound("That conversation");
    }
    try {
      retractions.retract(caller, id.value(), PostedConversation.messageId());
      redirect("/portal/messages?id=" + id);
    } catch (NotFound e) {
      throw e;
    } catch (BusinessException e) {
      PageMessages.BESIDE_INPUTS.refuse(null, e);
      if (conversation == null) {
        conversation = attachments.open(caller, id.value(), null, null);
      }
    }
  }

  public List<ConversationSummary> getConversations() {
    if (conversations == null) {
      ClientProfile current = getCurrent();
      conversations =
          current == null
              ? List.of()
              : lists.listForPortal(caller, current.clientId(), null, null).conversations();
    }
    return conversations;
  }

  public void start() {
    ClientProfile current = getCurrent();
    if (current == null) {
      throw new NotFound("Messages");
    }
    try {
      ConversationSummary started =
          attachments.start(
              caller,
              current.clientId(),
              new NewConversation(subject, body, null, false, null),
              ChosenFiles.read(files));
      redirect("/portal/messages?id=" + started.id());
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
      redirect("/portal/messages?id=" + id);
    } catch (NotFound e) {
      throw e;
    } catch (BusinessException e) {
      ChosenFiles.refuse(e, "reply-files");
      if (conversation == null) {
        conversation = attachments.open(caller, id.value(), null, null);
      }
    }
  }

  public String link(ConversationSummary summary) {
    return practice.page("/portal/messages") + "?id=" + summary.id();
  }

  static boolean postback() {
    return FacesContext.getCurrentInstance().isPostback();
  }

  private void redirect(String page) {
    int query = page.indexOf('?');
    String path = query < 0 ? page : page.substring(0, query);
    String rest = query < 0 ? "" : page.substring(query);
    try {
      FacesContext.getCurrentInstance().getExternalContext().redirect(practice.page(path) + rest);
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

  public ConversationId getId() {
    return id;
  }

  public void setId(ConversationId id) {
    this.id = id;
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
}

package org.foyer.messages.pages;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.foyer.admin.pages.PageMessages;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.BusinessException;
import org.foyer.core.errors.NotFound;
import org.foyer.core.web.routing.CurrentPractice;
import org.foyer.messages.NewConversation;
import org.foyer.messages.boundary.MessageAttachments;
import org.foyer.messages.boundary.MessageDrafts;
import org.foyer.messages.boundary.MessageRetractions;
import org.foyer.messages.boundary.Messaging;
import org.foyer.messages.conversations.ConversationId;
import org.foyer.messages.conversations.ConversationSummary;
import org.foyer.messages.conversations.ConversationView;

/**
 * What the portal's and the staff's Messages pages share: one conversation ({@code ?id=}) with its
 * reply box and Retract buttons, and the boxes of a new conversation. Request scoped: on a postback
 * the conversation is loaded again from the posted id before Faces looks for the form that was
 * sent. Refusals show beside the inputs and keep what was typed; an id the caller may not read
 * answers 404.
 */
abstract class ConversationPages {

  @Inject MessageAttachments attachments;
  @Inject MessageRetractions retractions;
  @Inject MessageDrafts drafts;
  @Inject Caller caller;
  @Inject CurrentPractice practice;

  ConversationId id;
  ConversationView conversation;
  String subject;
  String body;
  List<Part> files;

  /** The page's own address within the practice: {@code /portal/messages}, {@code /staff/...}. */
  abstract String pagePath();

  /** Opens the conversation asked for with the caller's unsent reply, unless this is a postback. */
  void openAskedFor() {
    if (id != null && conversation == null && !postback()) {
      conversation = attachments.open(caller, id.value(), null, null);
      drafts.findReply(caller, id.value()).ifPresent(draft -> body = draft.body());
    }
  }

  /** Fills the boxes of a new conversation with the caller's unsent one. */
  void restore(MessageDrafts.Draft draft) {
    subject = draft.subject();
    body = draft.body();
  }

  /** Takes back one of the caller's messages in this conversation; refusals show on the page. */
  public void retract() {
    postInConversation(
        () -> retractions.retract(caller, id.value(), PostedConversation.messageId()),
        refused -> PageMessages.BESIDE_INPUTS.refuse(null, refused));
  }

  public void reply() {
    postInConversation(
        () -> attachments.reply(caller, id.value(), body, ChosenFiles.read(files)),
        refused -> ChosenFiles.refuse(refused, "reply-files"));
  }

  /**
   * Sends what the open conversation's page posted and shows the conversation again. A refusal
   * keeps the page, its boxes and the conversation; an unknown conversation stays a 404.
   */
  private void postInConversation(Runnable post, Consumer<BusinessException> showRefusal) {
    requireConversation();
    try {
      post.run();
      redirect("?id=" + id);
    } catch (NotFound e) {
      throw e;
    } catch (BusinessException e) {
      showRefusal.accept(e);
      openAgain();
    }
  }

  /** Starts a conversation with the page's files and opens it; a refusal keeps what was typed. */
  void startConversation(UUID clientId, NewConversation opening) {
    try {
      ConversationSummary started =
          attachments.start(caller, clientId, opening, ChosenFiles.read(files));
      redirect("?id=" + started.id());
    } catch (NotFound e) {
      throw e;
    } catch (BusinessException e) {
      ChosenFiles.refuse(e, "new-files");
    }
  }

  /** The conversation shown; on a postback from its page, loaded again from the posted id. */
  public ConversationView getConversation() {
    if (conversation == null && id == null && postback()) {
      PostedConversation.id()
          .ifPresent(
              posted -> {
                id = posted;
                conversation = attachments.open(caller, posted.value(), null, null);
              });
    }
    return conversation;
  }

  public String link(ConversationSummary summary) {
    return practice.page(pagePath()) + "?id=" + summary.id();
  }

  void requireConversation() {
    if (id == null) {
      throw new NotFound(Messaging.CONVERSATION);
    }
  }

  void openAgain() {
    if (conversation == null) {
      conversation = attachments.open(caller, id.value(), null, null);
    }
  }

  /** After a post, to this page with {@code query}: a reload does not send it again. */
  void redirect(String query) {
    try {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(practice.page(pagePath()) + query);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean postback() {
    return FacesContext.getCurrentInstance().isPostback();
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

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }
}

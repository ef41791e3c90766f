package org.foyer.messages.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.foyer.core.errors.NotFound;
import org.foyer.messages.NewConversation;
import org.foyer.messages.boundary.ConversationLists;
import org.foyer.messages.boundary.MessagingRules;
import org.foyer.messages.conversations.ConversationSummary;
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
public class PortalMessages extends ConversationPages {

  @Inject ConversationLists lists;
  @Inject MessagingRules rules;
  @Inject PortalHome home;

  private List<ConversationSummary> conversations;

  public ClientProfile getCurrent() {
    return home.getCurrent();
  }

  @Override
  String pagePath() {
    return "/portal/messages";
  }

  /** Opens the conversation asked for (audited), or answers 404 when messages are not permitted. */
  public void load() {
    ClientProfile current = getCurrent();
    // A practice that turned messaging off has no Messages page for clients.
    if (!rules.portalMessagingOn()
        || current != null && !current.permits(ContactPermission.MESSAGES)) {
      throw new NotFound("Messages");
    }
    if (id != null) {
      openAskedFor();
    } else if (current != null && !postback()) {
      drafts.findNew(caller, current.clientId()).ifPresent(this::restore);
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
    startConversation(current.clientId(), new NewConversation(subject, body, null, false, null));
  }
}

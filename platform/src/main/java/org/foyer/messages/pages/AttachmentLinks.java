package org.foyer.messages.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.foyer.core.web.routing.CurrentPractice;
import org.foyer.messages.api.ConversationAttachmentsResource;
import org.foyer.messages.attachments.AttachmentView;
import org.foyer.messages.conversations.ConversationView;

/**
 * Addresses of attachment downloads for the message thread, served by {@link
 * ConversationAttachmentsResource} (which checks access and audits every download).
 */
@Named
@RequestScoped
public class AttachmentLinks {

  @Inject HttpServletRequest request;
  @Inject CurrentPractice practice;

  public String download(ConversationView thread, AttachmentView attachment) {
    return request.getContextPath()
        + "/api/p/"
        + practice.getSlug()
        + "/conversations/"
        + thread.conversation().id()
        + "/attachments/"
        + attachment.id();
  }
}

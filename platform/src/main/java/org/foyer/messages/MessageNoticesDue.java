package org.foyer.messages;

import java.util.List;
import java.util.Objects;
import org.foyer.core.tenancy.TenantId;

/**
 * New messages to tell people about by mail, already batched (at most one per conversation per
 * recipient per 15 minutes). Observers queue the mail in the sender's unit of work; the mail says
 * only that there is a message from the practice, never who wrote what.
 *
 * @param pagePath the practice-relative page the reader signs in to ({@code /portal/messages})
 */
public record MessageNoticesDue(TenantId tenant, List<String> recipients, String pagePath) {

  public MessageNoticesDue {
    Objects.requireNonNull(tenant, "practice");
    recipients = List.copyOf(recipients);
    Objects.requireNonNull(pagePath, "page");
  }
}

package org.foyer.messages.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.foyer.core.access.Caller;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.boundary.PortalHome;

/** Unread conversations for the navigation: the portal's profile, or the staff member's inbox. */
@Named
@RequestScoped
public class MessageCounts {

  @Inject ConversationLists lists;
  @Inject Caller caller;
  @Inject PortalHome home;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      if (caller.isStaff()) {
        unread = lists.countUnread(caller, null);
      } else {
        ClientProfile current = home.getCurrent();
        unread = current == null ? 0 : lists.countUnread(caller, current.clientId());
      }
    }
    return unread;
  }
}

package org.foyer.messages.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.foyer.core.access.Caller;
import org.foyer.messages.boundary.ConversationLists;
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

  /** The count as the navigation shows it: "99+" where counting stopped. */
  public String getShown() {
    long count = getUnread();
    return count >= ConversationLists.UNREAD_COUNTED
        ? (ConversationLists.UNREAD_COUNTED - 1) + "+"
        : Long.toString(count);
  }

  /** Where counting stops, for the script that keeps the badge current. */
  public int getCounted() {
    return ConversationLists.UNREAD_COUNTED;
  }
}

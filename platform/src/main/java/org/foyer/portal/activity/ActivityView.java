package org.foyer.portal.activity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.OptionalLong;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.boundary.PortalHome;

/** The portal's activity page ({@code ?before=} pages back through older activity). */
@Named
@RequestScoped
public class ActivityView {

  @Inject ClientActivity activity;
  @Inject Caller caller;
  @Inject PortalHome home;
  @Inject HttpServletRequest request;

  private ActivityPage page;

  public ClientProfile getCurrent() {
    return home.getCurrent();
  }

  public List<ActivityEntry> getEntries() {
    return page().entries();
  }

  public boolean isOlder() {
    return page().hasOlder();
  }

  public long getOlderBefore() {
    return page().olderBefore().orElse(0);
  }

  public boolean isPaged() {
    return before() != Long.MAX_VALUE;
  }

  private ActivityPage page() {
    if (page == null) {
      ClientProfile current = getCurrent();
      try {
        page =
            current == null ? empty() : activity.listActivity(caller, current.clientId(), before());
      } catch (NotFound revoked) {
        page = empty();
      }
    }
    return page;
  }

  private long before() {
    String before = request.getParameter("before");
    try {
      return before == null ? Long.MAX_VALUE : Math.max(1, Long.parseLong(before));
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  private static ActivityPage empty() {
    return new ActivityPage(List.of(), OptionalLong.empty());
  }
}

package org.foyer.audit.history;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.foyer.clients.boundary.ClientId;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;

/**
 * The staff page of one client's access history ({@code ?client=}, {@code ?before=} pages back).
 */
@Named("accessHistory")
@RequestScoped
public class AccessHistoryPage {

  @Inject AccessHistory history;
  @Inject Caller caller;
  @Inject HttpServletRequest request;

  private ClientId client;
  private String before;
  private AccessHistoryView view;

  public void load() {
    if (client == null) {
      throw new NotFound("That client");
    }
    view = history.read(caller, client.value(), beforeSeq(), request.getRemoteAddr());
  }

  /** A missing or mistyped {@code before} starts at the newest event rather than refusing. */
  private long beforeSeq() {
    return AuditLogQuery.pageStart(before);
  }

  public boolean isPaged() {
    return beforeSeq() != Long.MAX_VALUE;
  }

  public AccessHistoryView getView() {
    return view;
  }

  public ClientId getClient() {
    return client;
  }

  public void setClient(ClientId client) {
    this.client = client;
  }

  public String getBefore() {
    return before;
  }

  public void setBefore(String before) {
    this.before = before;
  }
}

package org.foyer.audit.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.audit.control.AuditReviewers;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;

/**
 * A client's access history for the practice's privacy review. Staff without "Review the audit log"
 * are refused (403) and the attempt is recorded; anyone who is not staff of the practice, and any
 * id that is not one of its clients, meets 404. Each reading is itself recorded, after the page is
 * read, so it shows at the top of the next one.
 *
 * <p>Not one transaction: a refusal must leave its record behind, and the refusal's exception would
 * roll back a record made in the same unit of work.
 */
@ApplicationScoped
public class AccessHistory {

  public static final int PAGE_SIZE = 50;
  public static final String WHAT = "The access history";

  private AuditLog audit;
  private AuditReviewers reviewers;
  private ClientRecords clients;
  private EventTelling telling;

  protected AccessHistory() {}

  @Inject
  public AccessHistory(
      AuditLog audit, AuditReviewers reviewers, ClientRecords clients, EventTelling telling) {
    this.audit = audit;
    this.reviewers = reviewers;
    this.clients = clients;
    this.telling = telling;
  }

  /**
   * @param beforeSeq where the page starts: {@link Long#MAX_VALUE} for the newest
   * @param address where the reader's request came from, for the record of this reading
   */
  public AccessHistoryView read(Caller caller, UUID clientId, long beforeSeq, String address) {
    reviewers.require(
        caller,
        AuditAction.ACCESS_HISTORY_READ,
        clientId == null ? null : "client " + clientId + " access history",
        address,
        WHAT);
    ClientIdentity client = clients.getIdentity(clientId);
    List<AuditEvent> events = audit.listAboutClient(clientId, beforeSeq, PAGE_SIZE + 1);
    boolean older = events.size() > PAGE_SIZE;
    List<AuditEvent> page = older ? events.subList(0, PAGE_SIZE) : events;
    List<AccessEntry> entries = telling.tell(caller, page);
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.ACCESS_HISTORY_READ)
            .about("client " + clientId + " access history read")
            .from(address));
    return new AccessHistoryView(
        client.displayName(), entries, older ? page.get(page.size() - 1).seq() : null);
  }
}

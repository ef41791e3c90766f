package org.foyer.audit.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.audit.ActivityEvent;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditOutcome;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.documents.boundary.GeneralDocuments;
import org.foyer.portal.account.boundary.ClientLogins;
import org.foyer.portal.activity.ActivityWords;

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
  private ClientRecords clients;
  private StaffDirectory staff;
  private ClientLogins logins;
  private GeneralDocuments documents;

  protected AccessHistory() {}

  @Inject
  public AccessHistory(
      AuditLog audit,
      ClientRecords clients,
      StaffDirectory staff,
      ClientLogins logins,
      GeneralDocuments documents) {
    this.audit = audit;
    this.clients = clients;
    this.staff = staff;
    this.logins = logins;
    this.documents = documents;
  }

  /**
   * @param beforeSeq where the page starts: {@link Long#MAX_VALUE} for the newest
   * @param address where the reader's request came from, for the record of this reading
   */
  public AccessHistoryView read(Caller caller, UUID clientId, long beforeSeq, String address) {
    if (caller.isStaff() && !caller.can(Capability.REVIEW_AUDIT_LOG)) {
      audit.record(
          AuditRecord.denied(caller.email(), AuditAction.ACCESS_HISTORY_READ)
              .about(clientId == null ? null : "client " + clientId + " access history")
              .from(address));
    }
    caller.require(Capability.REVIEW_AUDIT_LOG, WHAT);
    ClientIdentity client = clients.getIdentity(clientId);
    List<AuditEvent> events = audit.listAboutClient(clientId, beforeSeq, PAGE_SIZE + 1);
    boolean older = events.size() > PAGE_SIZE;
    List<AuditEvent> page = older ? events.subList(0, PAGE_SIZE) : events;
    Map<String, String> staffNames =
        staff.namesByEmail(page.stream().map(AuditEvent::actor).collect(Collectors.toSet()));
    Map<UUID, String> fileNames =
        documents.fileNames(
            caller,
            clientId,
            page.stream()
                .map(event -> event.asActivity().idOf("document"))
                .flatMap(Optional::stream)
                .collect(Collectors.toSet()));
    List<AccessEntry> entries = new ArrayList<>();
    for (AuditEvent event : page) {
      ActivityEvent told = event.asActivity();
      entries.add(
          new AccessEntry(
              event.seq(),
              event.occurredAt(),
              who(event.actor(), clientId, staffNames),
              ActivityWords.aboutClient(
                  told,
                  client.displayName(),
                  told.idOf("document").map(fileNames::get).orElse(null)),
              event.outcome() != AuditOutcome.SUCCESS,
              event.clientAddress() == null ? "" : event.clientAddress()));
    }
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.ACCESS_HISTORY_READ)
            .about("client " + clientId + " access history read")
            .from(address));
    return new AccessHistoryView(
        client.displayName(), entries, older ? page.get(page.size() - 1).seq() : null);
  }

  private String who(String actor, UUID clientId, Map<String, String> staffNames) {
    if (staffNames.containsKey(actor)) {
      return staffNames.get(actor);
    }
    return switch (actor) {
      case "system" -> "The practice's system";
      case "operator" -> "Foyer's operator";
      default -> logins.findNameInNetwork(clientId, actor).orElse(actor);
    };
  }
}

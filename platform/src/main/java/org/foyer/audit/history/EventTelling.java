package org.foyer.audit.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.audit.ActivityEvent;
import org.foyer.audit.AuditOutcome;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.documents.boundary.GeneralDocuments;
import org.foyer.portal.account.boundary.ClientLogins;
import org.foyer.portal.activity.ActivityWords;

/**
 * Audit events told as the practice's reviewer reads them: people by name (staff, contacts "Maria
 * Rivera (Parent)", the system), what they did in plain words naming the client and the document,
 * whether it was refused, and the address it came from. A page of events costs one lookup of names
 * each for staff and clients, and one of file names a client.
 */
@ApplicationScoped
public class EventTelling {

  private ClientRecords clients;
  private StaffDirectory staff;
  private ClientLogins logins;
  private GeneralDocuments documents;

  protected EventTelling() {}

  @Inject
  public EventTelling(
      ClientRecords clients,
      StaffDirectory staff,
      ClientLogins logins,
      GeneralDocuments documents) {
    this.clients = clients;
    this.staff = staff;
    this.logins = logins;
    this.documents = documents;
  }

  List<AccessEntry> tell(Caller reader, List<AuditEvent> events) {
    List<ActivityEvent> told = events.stream().map(AuditEvent::asActivity).toList();
    Map<String, String> staffNames =
        staff.namesByEmail(told.stream().map(ActivityEvent::actor).collect(Collectors.toSet()));
    Map<UUID, ClientIdentity> clientNames =
        clients.findIdentities(
            told.stream()
                .map(ActivityEvent::clientId)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet()));
    Map<UUID, String> fileNames = fileNames(reader, told, clientNames.keySet());
    List<AccessEntry> entries = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      AuditEvent stored = events.get(i);
      ActivityEvent event = told.get(i);
      Optional<ClientIdentity> client = event.clientId().map(clientNames::get);
      entries.add(
          new AccessEntry(
              event.seq(),
              event.occurredAt(),
              who(event.actor(), client, staffNames),
              client
                  .map(
                      about ->
                          ActivityWords.aboutClient(
                              event,
                              about.displayName(),
                              event.idOf("document").map(fileNames::get).orElse(null)))
                  .orElseGet(() -> PracticeWords.what(event)),
              stored.outcome() != AuditOutcome.SUCCESS,
              stored.clientAddress() == null ? "" : stored.clientAddress()));
    }
    return entries;
  }

  /** The names of the documents the events are about, asked for client by client. */
  private Map<UUID, String> fileNames(
      Caller reader, List<ActivityEvent> events, Set<UUID> knownClients) {
    Map<UUID, Set<UUID>> documentsByClient = new HashMap<>();
    for (ActivityEvent event : events) {
      Optional<UUID> client = event.clientId().filter(knownClients::contains);
      Optional<UUID> document = event.idOf("document");
      if (client.isPresent() && document.isPresent()) {
        documentsByClient
            .computeIfAbsent(client.get(), c -> new java.util.HashSet<>())
            .add(document.get());
      }
    }
    Map<UUID, String> names = new HashMap<>();
    documentsByClient.forEach(
        (client, ids) -> names.putAll(documents.fileNames(reader, client, ids)));
    return names;
  }

  private String who(
      String actor, Optional<ClientIdentity> client, Map<String, String> staffNames) {
    return ActivityWords.knownActor(actor, staffNames)
        .or(() -> client.flatMap(about -> logins.findNameInNetwork(about.id(), actor)))
        .orElse(actor);
  }
}

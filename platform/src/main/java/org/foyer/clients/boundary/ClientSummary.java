package org.foyer.clients.boundary;

import java.time.LocalDate;
import java.util.UUID;
import org.foyer.clients.entity.Client;
import org.foyer.clients.entity.ClientStatus;

/** A line of the client list. */
public record ClientSummary(
    UUID id, String displayName, LocalDate dateOfBirth, boolean minor, ClientStatus status) {

  static ClientSummary of(Client client) {
    return new ClientSummary(
        client.id(), client.displayName(), client.dateOfBirth(), client.isMinor(), client.status());
  }
}

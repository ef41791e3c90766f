package org.foyer.clients.boundary;

import java.util.UUID;
import org.foyer.clients.entity.Client;
import org.foyer.clients.entity.ClientDetails;

/** A client record as the API returns it. */
public record ClientView(UUID id, boolean minor, ClientDetails record) {

  static ClientView of(Client client) {
    return new ClientView(client.id(), client.isMinor(), client.details());
  }
}

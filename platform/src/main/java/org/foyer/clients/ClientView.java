package org.foyer.clients;

import java.util.UUID;

/** A client record as the API returns it. */
public record ClientView(UUID id, boolean minor, ClientDetails record) {

  static ClientView of(Client client) {
    return new ClientView(client.id(), client.isMinor(), client.details());
  }
}

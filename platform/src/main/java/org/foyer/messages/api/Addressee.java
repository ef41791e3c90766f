package org.foyer.messages.api;

import java.util.UUID;
import org.foyer.portal.account.PortalPerson;

/**
 * Someone staff may start a conversation with about a client, as the API lists them.
 *
 * @param contact the id to send as a new conversation's {@code contact}
 * @param name the name, with the relationship when it is not the client's own
 * @param client whether this is the client's own login
 */
public record Addressee(UUID contact, String name, boolean client) {

  public static Addressee of(PortalPerson person) {
    return new Addressee(person.linkId(), person.label(), person.isClientThemself());
  }
}

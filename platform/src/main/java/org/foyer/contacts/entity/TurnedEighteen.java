package org.foyer.contacts.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A client who turned 18 and still has parents or guardians acting for them, as the "Turned 18"
 * review list shows them.
 *
 * @param birthday the 18th birthday, in the practice's time zone
 * @param guardians the parent and guardian contacts whose links stand, as the Contacts section
 *     shows them
 * @param email the client's own email, to invite them to their own login; null when unknown
 */
public record TurnedEighteen(
    UUID clientId, String name, LocalDate birthday, String email, List<ContactView> guardians) {

  public TurnedEighteen {
    guardians = List.copyOf(guardians);
  }

  public boolean mayBeInvited() {
    return email != null && !email.isBlank();
  }
}

package org.foyer.contacts.entity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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

  /** "28 November 2026". */
  public String birthdayInWords() {
    return birthday.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));
  }

  public boolean mayBeInvited() {
    return email != null && !email.isBlank();
  }
}

package org.foyer.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.forms.definition.rules.ClientFact;
import org.foyer.forms.populate.ClientFacts;
import org.foyer.portal.account.boundary.ClientLogins;

/**
 * The facts a form is pre-filled from when it is opened: the client record (with the assigned
 * clinician), the practice, the guardians in the contact network, and today's date in the
 * practice's time zone. The record has no insurance or country yet, so those facts stay empty.
 */
@ApplicationScoped
public class IntakeFacts {

  private EntityManager em;
  private ClientRecords records;
  private ClientLogins logins;
  private Clock clock;

  protected IntakeFacts() {}

  @Inject
  public IntakeFacts(EntityManager em, ClientRecords records, ClientLogins logins, Clock clock) {
    this.em = em;
    this.records = records;
    this.logins = logins;
    this.clock = clock;
  }

  /** Facts of a client of the current practice; call inside a unit of work. */
  public ClientFacts of(UUID clientId) {
    Practice practice = em.find(Practice.class, Tenancy.require().value());
    Map<ClientFact, String> facts = new EnumMap<>(ClientFact.class);
    facts.putAll(records.getFacts(clientId));
    facts.put(ClientFact.GUARDIAN_NAMES, String.join(", ", logins.listGuardianNames(clientId)));
    facts.put(ClientFact.PRACTICE_NAME, practice.name());
    facts.put(ClientFact.TODAY, LocalDate.now(clock.withZone(practice.timeZone())).toString());
    return ClientFacts.of(facts);
  }
}

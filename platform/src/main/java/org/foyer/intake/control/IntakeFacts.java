package org.foyer.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.foyer.admin.staff.StaffMember;
import org.foyer.clients.Client;
import org.foyer.clients.ClientDetails;
import org.foyer.forms.definition.ClientFact;
import org.foyer.forms.populate.ClientFacts;
import org.foyer.tenancy.Practice;
import org.foyer.tenancy.Tenancy;

/**
 * The facts a form is pre-filled from when it is opened: the client record, the practice, the
 * assigned clinician, the guardians in the contact network, and today's date in the practice's time
 * zone. The record has no insurance or country yet, so those facts stay empty.
 */
@ApplicationScoped
public class IntakeFacts {

  private EntityManager em;
  private ClientCircle circle;
  private Clock clock;

  protected IntakeFacts() {}

  @Inject
  public IntakeFacts(EntityManager em, ClientCircle circle) {
    this(em, circle, Clock.systemUTC());
  }

  public IntakeFacts(EntityManager em, ClientCircle circle, Clock clock) {
    this.em = em;
    this.circle = circle;
    this.clock = clock;
  }

  /** Facts of a client of the current practice; call inside a unit of work. */
  public ClientFacts of(Client client) {
    Practice practice = em.find(Practice.class, Tenancy.require().value());
    ClientDetails d = client.details();
    Map<ClientFact, String> facts = new EnumMap<>(ClientFact.class);
    facts.put(ClientFact.LEGAL_FIRST_NAME, d.legalFirstName());
    facts.put(ClientFact.LEGAL_LAST_NAME, d.legalLastName());
    facts.put(
        ClientFact.PREFERRED_NAME,
        d.preferredName() == null ? d.legalFirstName() : d.preferredName());
    facts.put(ClientFact.PRONOUNS, d.pronouns());
    facts.put(
        ClientFact.DATE_OF_BIRTH, d.dateOfBirth() == null ? null : d.dateOfBirth().toString());
    facts.put(ClientFact.ADDRESS_LINE1, d.addressLine1());
    facts.put(ClientFact.ADDRESS_LINE2, d.addressLine2());
    facts.put(ClientFact.CITY, d.city());
    facts.put(ClientFact.REGION, d.region());
    facts.put(ClientFact.POSTAL_CODE, d.postalCode());
    facts.put(ClientFact.PHONE, d.phone());
    facts.put(ClientFact.EMAIL, d.email());
    facts.put(ClientFact.EMERGENCY_CONTACT_NAME, d.emergencyContactName());
    facts.put(ClientFact.EMERGENCY_CONTACT_PHONE, d.emergencyContactPhone());
    facts.put(ClientFact.EMERGENCY_CONTACT_RELATIONSHIP, d.emergencyContactRelationship());
    facts.put(ClientFact.GUARDIAN_NAMES, String.join(", ", circle.guardianNames(client.id())));
    facts.put(ClientFact.PRACTICE_NAME, practice.name());
    if (d.clinicianId() != null) {
      StaffMember clinician = em.find(StaffMember.class, d.clinicianId());
      facts.put(ClientFact.CLINICIAN_NAME, clinician == null ? null : clinician.displayName());
    }
    facts.put(ClientFact.TODAY, LocalDate.now(clock.withZone(practice.timeZone())).toString());
    return ClientFacts.of(facts);
  }
}

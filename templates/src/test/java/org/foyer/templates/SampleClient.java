package org.foyer.templates;

import java.util.EnumMap;
import java.util.Map;
import org.foyer.forms.definition.rules.ClientFact;
import org.foyer.forms.populate.ClientFacts;

/** Client-record facts for a realistic adult client and a minor, as the platform supplies them. */
final class SampleClient {

  static final String TODAY = "2026-03-02";

  private SampleClient() {}

  static Map<ClientFact, String> adultFacts() {
    Map<ClientFact, String> facts = new EnumMap<>(ClientFact.class);
    facts.put(ClientFact.LEGAL_FIRST_NAME, "María José");
    facts.put(ClientFact.LEGAL_LAST_NAME, "García Núñez");
    facts.put(ClientFact.PREFERRED_NAME, "Majo");
    facts.put(ClientFact.PRONOUNS, "she/her");
    facts.put(ClientFact.DATE_OF_BIRTH, "1988-11-23");
    facts.put(ClientFact.ADDRESS_LINE1, "1420 Alder Street");
    facts.put(ClientFact.ADDRESS_LINE2, "Apt 3B");
    facts.put(ClientFact.CITY, "Portland");
    facts.put(ClientFact.REGION, "OR");
    facts.put(ClientFact.POSTAL_CODE, "97214");
    facts.put(ClientFact.COUNTRY, "United States");
    facts.put(ClientFact.PHONE, "(503) 555-0142");
    facts.put(ClientFact.EMAIL, "majo.garcia@example.org");
    facts.put(ClientFact.EMERGENCY_CONTACT_NAME, "Luis García");
    facts.put(ClientFact.EMERGENCY_CONTACT_PHONE, "503-555-0199");
    facts.put(ClientFact.EMERGENCY_CONTACT_RELATIONSHIP, "Brother");
    facts.put(ClientFact.INSURANCE_PAYER, "Cascade Health Plan");
    facts.put(ClientFact.INSURANCE_MEMBER_ID, "CHP 448812-01");
    facts.put(ClientFact.INSURANCE_GROUP, "77120");
    facts.put(ClientFact.INSURANCE_SUBSCRIBER_NAME, "María José García Núñez");
    facts.put(ClientFact.GUARDIAN_NAMES, "Ana García");
    facts.put(ClientFact.PRACTICE_NAME, "Calm Harbor Counseling");
    facts.put(ClientFact.CLINICIAN_NAME, "Dr. Priya Raman, PsyD");
    facts.put(ClientFact.TODAY, TODAY);
    return facts;
  }

  static ClientFacts adult() {
    return ClientFacts.of(adultFacts());
  }

  /** A 13-year-old whose mother acts for her through the contact network. */
  static ClientFacts minor() {
    Map<ClientFact, String> facts = adultFacts();
    facts.put(ClientFact.LEGAL_FIRST_NAME, "Sofía");
    facts.put(ClientFact.LEGAL_LAST_NAME, "Reyes");
    facts.remove(ClientFact.PREFERRED_NAME);
    facts.put(ClientFact.DATE_OF_BIRTH, "2012-07-09");
    facts.put(ClientFact.GUARDIAN_NAMES, "Carmen Reyes");
    return ClientFacts.of(facts);
  }
}

package org.foyer.forms.definition.rules;

/**
 * Named facts from the client record that a field may be pre-filled from. The platform supplies the
 * values; the engine never sees the record itself. {@link #TODAY} is the date the form is opened,
 * in the practice's time zone, as an ISO date.
 */
public enum ClientFact {
  LEGAL_FIRST_NAME("Legal first name"),
  LEGAL_LAST_NAME("Legal last name"),
  PREFERRED_NAME("Preferred name"),
  PRONOUNS("Pronouns"),
  DATE_OF_BIRTH("Date of birth"),
  ADDRESS_LINE1("Address"),
  ADDRESS_LINE2("Address line 2"),
  CITY("City"),
  REGION("State"),
  POSTAL_CODE("ZIP code"),
  COUNTRY("Country"),
  PHONE("Phone"),
  EMAIL("Email"),
  EMERGENCY_CONTACT_NAME("Emergency contact's name"),
  EMERGENCY_CONTACT_PHONE("Emergency contact's phone"),
  EMERGENCY_CONTACT_RELATIONSHIP("Emergency contact's relationship"),
  INSURANCE_PAYER("Insurance company"),
  INSURANCE_MEMBER_ID("Insurance member ID"),
  INSURANCE_GROUP("Insurance group number"),
  INSURANCE_SUBSCRIBER_NAME("Insurance subscriber's name"),
  GUARDIAN_NAMES("Parents' and guardians' names"),
  PRACTICE_NAME("Practice name"),
  CLINICIAN_NAME("Clinician's name"),
  TODAY("Today's date");

  private final String label;

  ClientFact(String label) {
    this.label = label;
  }

  /** The record field as staff know it, for menus (never the constant's name). */
  public String label() {
    return label;
  }
}

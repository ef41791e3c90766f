package org.foyer.forms.definition;

/**
 * Named facts from the client record that a field may be pre-filled from. The platform supplies the
 * values; the engine never sees the record itself. {@link #TODAY} is the date the form is opened,
 * in the practice's time zone, as an ISO date.
 */
public enum ClientFact {
  LEGAL_FIRST_NAME,
  LEGAL_LAST_NAME,
  PREFERRED_NAME,
  PRONOUNS,
  DATE_OF_BIRTH,
  ADDRESS_LINE1,
  ADDRESS_LINE2,
  CITY,
  REGION,
  POSTAL_CODE,
  COUNTRY,
  PHONE,
  EMAIL,
  EMERGENCY_CONTACT_NAME,
  EMERGENCY_CONTACT_PHONE,
  EMERGENCY_CONTACT_RELATIONSHIP,
  INSURANCE_PAYER,
  INSURANCE_MEMBER_ID,
  INSURANCE_GROUP,
  INSURANCE_SUBSCRIBER_NAME,
  GUARDIAN_NAMES,
  PRACTICE_NAME,
  CLINICIAN_NAME,
  TODAY
}

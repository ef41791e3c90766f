package org.foyer.clients;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** The client edit page's fields, kept as typed so a refused save shows them again unchanged. */
public class ClientForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String legalFirstName;
  private String legalLastName;
  private String preferredName;
  private String pronouns;
  private LocalDate dateOfBirth;
  private String email;
  private String phone;
  private String addressLine1;
  private String addressLine2;
  private String city;
  private String region;
  private String postalCode;
  private String emergencyContactName;
  private String emergencyContactPhone;
  private String emergencyContactRelationship;
  private UUID clinicianId;
  private ClientStatus status = ClientStatus.ACTIVE;

  static ClientForm of(ClientDetails details) {
    ClientForm form = new ClientForm();
    form.legalFirstName = details.legalFirstName();
    form.legalLastName = details.legalLastName();
    form.preferredName = details.preferredName();
    form.pronouns = details.pronouns();
    form.dateOfBirth = details.dateOfBirth();
    form.email = details.email();
    form.phone = details.phone();
    form.addressLine1 = details.addressLine1();
    form.addressLine2 = details.addressLine2();
    form.city = details.city();
    form.region = details.region();
    form.postalCode = details.postalCode();
    form.emergencyContactName = details.emergencyContactName();
    form.emergencyContactPhone = details.emergencyContactPhone();
    form.emergencyContactRelationship = details.emergencyContactRelationship();
    form.clinicianId = details.clinicianId();
    form.status = details.status();
    return form;
  }

  ClientDetails toDetails() {
    return new ClientDetails(
        legalFirstName,
        legalLastName,
        preferredName,
        pronouns,
        dateOfBirth,
        email,
        phone,
        addressLine1,
        addressLine2,
        city,
        region,
        postalCode,
        emergencyContactName,
        emergencyContactPhone,
        emergencyContactRelationship,
        clinicianId,
        status);
  }

  public String getLegalFirstName() {
    return legalFirstName;
  }

  public void setLegalFirstName(String value) {
    legalFirstName = value;
  }

  public String getLegalLastName() {
    return legalLastName;
  }

  public void setLegalLastName(String value) {
    legalLastName = value;
  }

  public String getPreferredName() {
    return preferredName;
  }

  public void setPreferredName(String value) {
    preferredName = value;
  }

  public String getPronouns() {
    return pronouns;
  }

  public void setPronouns(String value) {
    pronouns = value;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate value) {
    dateOfBirth = value;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String value) {
    email = value;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String value) {
    phone = value;
  }

  public String getAddressLine1() {
    return addressLine1;
  }

  public void setAddressLine1(String value) {
    addressLine1 = value;
  }

  public String getAddressLine2() {
    return addressLine2;
  }

  public void setAddressLine2(String value) {
    addressLine2 = value;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String value) {
    city = value;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String value) {
    region = value;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String value) {
    postalCode = value;
  }

  public String getEmergencyContactName() {
    return emergencyContactName;
  }

  public void setEmergencyContactName(String value) {
    emergencyContactName = value;
  }

  public String getEmergencyContactPhone() {
    return emergencyContactPhone;
  }

  public void setEmergencyContactPhone(String value) {
    emergencyContactPhone = value;
  }

  public String getEmergencyContactRelationship() {
    return emergencyContactRelationship;
  }

  public void setEmergencyContactRelationship(String value) {
    emergencyContactRelationship = value;
  }

  public UUID getClinicianId() {
    return clinicianId;
  }

  public void setClinicianId(UUID value) {
    clinicianId = value;
  }

  /** The clinician as the page's select posts it; text that is no id selects nobody. */
  public String getClinician() {
    return clinicianId == null ? "" : clinicianId.toString();
  }

  public void setClinician(String value) {
    try {
      clinicianId = value == null || value.isBlank() ? null : UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      clinicianId = null;
    }
  }

  public ClientStatus getStatus() {
    return status;
  }

  public void setStatus(ClientStatus value) {
    status = value;
  }
}

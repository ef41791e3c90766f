package org.foyer.clients.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.core.persistence.columns.OptionalUuidConverter;
import org.foyer.core.validation.Shapes;

/**
 * A client of the practice: identity, contact details, address, emergency contact, assigned
 * clinician and status. Staff change it through {@link ClientRecords}, which checks and audits.
 */
@Entity
@Table(name = "client")
public class Client extends TenantOwned {

  public static final int TIME_ZONE_LENGTH = 64;

  public static final int NAME_LENGTH = ClientDetails.NAME;

  @Column(name = "legal_first_name", nullable = false, length = NAME_LENGTH)
  private String legalFirstName;

  @Column(name = "legal_last_name", nullable = false, length = NAME_LENGTH)
  private String legalLastName;

  @Column(name = "preferred_name", length = NAME_LENGTH)
  private String preferredName;

  @Column(name = "date_of_birth", nullable = false)
  private LocalDate dateOfBirth;

  @Column(nullable = false)
  private boolean minor;

  @Column(length = ClientDetails.SHORT)
  private String pronouns;

  @Column(length = Shapes.EMAIL_LENGTH)
  private String email;

  @Column(length = Shapes.PHONE_LENGTH)
  private String phone;

  @Column(name = "address_line1", length = ClientDetails.LINE)
  private String addressLine1;

  @Column(name = "address_line2", length = ClientDetails.LINE)
  private String addressLine2;

  @Column(length = ClientDetails.CITY)
  private String city;

  @Column(length = ClientDetails.SHORT)
  private String region;

  @Column(name = "postal_code", length = Shapes.POSTAL_CODE_LENGTH)
  private String postalCode;

  @Column(name = "emergency_contact_name", length = ClientDetails.LINE)
  private String emergencyContactName;

  @Column(name = "emergency_contact_phone", length = Shapes.PHONE_LENGTH)
  private String emergencyContactPhone;

  @Column(name = "emergency_contact_relationship", length = ClientDetails.SHORT)
  private String emergencyContactRelationship;

  @Column(name = "clinician_id")
  @Convert(converter = OptionalUuidConverter.class)
  private UUID clinicianId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ClientStatus status = ClientStatus.ACTIVE;

  /** An IANA zone id, for a client who lives elsewhere (telehealth); null for the practice's. */
  @Column(name = "time_zone", length = TIME_ZONE_LENGTH)
  private String timeZone;

  protected Client() {}

  /**
   * A new client from checked details ({@link ClientDetails}); minor status follows the birth date.
   */
  public static Client from(ClientDetails details, LocalDate today) {
    Client client =
        new Client(details.legalFirstName(), details.legalLastName(), details.dateOfBirth(), false);
    client.update(details, today);
    return client;
  }

  /**
   * Replaces the record with checked details. Minor status is derived from the date of birth on the
   * practice's today, so it can never disagree with it.
   */
  public void update(ClientDetails details, LocalDate today) {
    legalFirstName = requireName(details.legalFirstName(), "legal first name");
    legalLastName = requireName(details.legalLastName(), "legal last name");
    preferName(details.preferredName());
    dateOfBirth = Objects.requireNonNull(details.dateOfBirth());
    minor = dateOfBirth.plusYears(18).isAfter(today);
    pronouns = details.pronouns();
    email = details.email();
    phone = details.phone();
    addressLine1 = details.addressLine1();
    addressLine2 = details.addressLine2();
    city = details.city();
    region = details.region();
    postalCode = details.postalCode();
    emergencyContactName = details.emergencyContactName();
    emergencyContactPhone = details.emergencyContactPhone();
    emergencyContactRelationship = details.emergencyContactRelationship();
    clinicianId = details.clinicianId();
    status = details.status() == null ? ClientStatus.ACTIVE : details.status();
  }

  /** Shows the client's times in their own zone, or in the practice's when {@code zone} is null. */
  public void liveIn(ZoneId zone) {
    timeZone = zone == null ? null : zone.getId();
  }

  /** The client's own time zone, when it differs from the practice's. */
  public Optional<ZoneId> timeZone() {
    return Optional.ofNullable(timeZone).map(ZoneId::of);
  }

  /** The record as the edit form shows it. */
  public ClientDetails details() {
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

  public Client(String legalFirstName, String legalLastName, LocalDate dateOfBirth, boolean minor) {
    this.legalFirstName = requireName(legalFirstName, "legal first name");
    this.legalLastName = requireName(legalLastName, "legal last name");
    this.dateOfBirth = Objects.requireNonNull(dateOfBirth, "date of birth");
    this.minor = minor;
  }

  public void preferName(String preferredName) {
    this.preferredName =
        preferredName == null || preferredName.isBlank()
            ? null
            : requireName(preferredName, "preferred name");
  }

  private static String requireName(String name, String what) {
    if (name == null || name.isBlank() || name.length() > NAME_LENGTH) {
      throw new IllegalArgumentException(
          "A client's " + what + " is 1 to " + NAME_LENGTH + " characters");
    }
    return name.strip();
  }

  /** The name to address the client by: preferred when given. */
  public String displayName() {
    return (preferredName == null ? legalFirstName : preferredName) + " " + legalLastName;
  }

  public String legalFirstName() {
    return legalFirstName;
  }

  public String legalLastName() {
    return legalLastName;
  }

  public LocalDate dateOfBirth() {
    return dateOfBirth;
  }

  public boolean isMinor() {
    return minor;
  }

  public ClientStatus status() {
    return status;
  }

  public String email() {
    return email;
  }
}

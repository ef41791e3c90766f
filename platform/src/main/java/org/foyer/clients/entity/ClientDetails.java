package org.foyer.clients.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.foyer.core.validation.BirthDate;
import org.foyer.core.validation.Shapes;

/**
 * A client's record as staff enter it, on the client page and through the API alike. Its
 * constraints are the record's rules; the lengths here are also the columns' lengths and the page's
 * maxlength, so a field's size is written once.
 */
public record ClientDetails(
    @NotBlank(message = "{client.legalFirstName.required}")
        @Size(max = NAME, message = "{foyer.tooLong}")
        String legalFirstName,
    @NotBlank(message = "{client.legalLastName.required}")
        @Size(max = NAME, message = "{foyer.tooLong}")
        String legalLastName,
    @Size(max = NAME, message = "{foyer.tooLong}") String preferredName,
    @Size(max = SHORT, message = "{foyer.tooLong}") String pronouns,
    @NotNull(message = "{foyer.birthDate.required}") @BirthDate LocalDate dateOfBirth,
    @Size(max = Shapes.EMAIL_LENGTH, message = "{foyer.tooLong}")
        @Pattern(regexp = Shapes.EMAIL, message = "{foyer.email}")
        String email,
    @Size(max = Shapes.PHONE_LENGTH, message = "{foyer.tooLong}")
        @Pattern(regexp = Shapes.PHONE, message = "{foyer.phone}")
        String phone,
    @Size(max = LINE, message = "{foyer.tooLong}") String addressLine1,
    @Size(max = LINE, message = "{foyer.tooLong}") String addressLine2,
    @Size(max = CITY, message = "{foyer.tooLong}") String city,
    @Size(max = SHORT, message = "{foyer.tooLong}") String region,
    @Size(max = Shapes.POSTAL_CODE_LENGTH, message = "{foyer.tooLong}")
        @Pattern(regexp = Shapes.US_POSTAL_CODE, message = "{foyer.usPostalCode}")
        String postalCode,
    @Size(max = LINE, message = "{foyer.tooLong}") String emergencyContactName,
    @Size(max = Shapes.PHONE_LENGTH, message = "{foyer.tooLong}")
        @Pattern(regexp = Shapes.PHONE, message = "{foyer.phone}")
        String emergencyContactPhone,
    @Size(max = SHORT, message = "{foyer.tooLong}") String emergencyContactRelationship,
    UUID clinicianId,
    ClientStatus status) {

  public static final int NAME = 80;
  public static final int SHORT = 40;
  public static final int LINE = 120;
  public static final int CITY = 80;

  /**
   * Surrounding spaces are not part of what was meant; an empty field is an absent one.
   *
   * <p>Written out rather than compact so that the components' constraints are not copied onto its
   * parameters: Payara's OpenAPI scanner fails with a NullPointerException on a constrained
   * parameter that is not a JAX-RS parameter (payara/Payara#7649, FISH-12153), which made /openapi
   * answer 500. Validation reads the constraints from the fields.
   */
  public ClientDetails(
      String legalFirstName,
      String legalLastName,
      String preferredName,
      String pronouns,
      LocalDate dateOfBirth,
      String email,
      String phone,
      String addressLine1,
      String addressLine2,
      String city,
      String region,
      String postalCode,
      String emergencyContactName,
      String emergencyContactPhone,
      String emergencyContactRelationship,
      UUID clinicianId,
      ClientStatus status) {
    this.legalFirstName = tidy(legalFirstName);
    this.legalLastName = tidy(legalLastName);
    this.preferredName = tidy(preferredName);
    this.pronouns = tidy(pronouns);
    this.dateOfBirth = dateOfBirth;
    this.email = tidy(email);
    this.phone = tidy(phone);
    this.addressLine1 = tidy(addressLine1);
    this.addressLine2 = tidy(addressLine2);
    this.city = tidy(city);
    this.region = tidy(region);
    this.postalCode = tidy(postalCode);
    this.emergencyContactName = tidy(emergencyContactName);
    this.emergencyContactPhone = tidy(emergencyContactPhone);
    this.emergencyContactRelationship = tidy(emergencyContactRelationship);
    this.clinicianId = clinicianId;
    this.status = status;
  }

  private static String tidy(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

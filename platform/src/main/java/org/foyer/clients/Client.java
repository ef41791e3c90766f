package org.foyer.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.foyer.persistence.TenantOwned;

/**
 * A client of the practice. The foundation keeps the identifying facts; the onboarding work adds
 * contact details, address, emergency contact, clinician and status.
 */
@Entity
@Table(name = "client")
public class Client extends TenantOwned {

  public static final int NAME_LENGTH = 80;

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

  protected Client() {}

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
}

package org.foyer.portal.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;
import org.foyer.core.access.Accounts;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.core.persistence.columns.OptionalUuidConverter;
import org.foyer.core.validation.Shapes;

/**
 * A person in a client's Contact Network: a parent, a partner, an emergency contact. One person per
 * email in a practice, linked to as many clients as they act for ({@link ClientAccess}); they may
 * be a client of the practice themself, and once invited their email is their portal login.
 */
@Entity
@Table(name = "contact")
public class Contact extends TenantOwned {

  @Column(name = "display_name", nullable = false, length = Accounts.NAME_LENGTH)
  private String displayName;

  @Column(length = Shapes.EMAIL_LENGTH)
  private String email;

  @Column(length = Shapes.PHONE_LENGTH)
  private String phone;

  @Column(name = "client_id")
  @Convert(converter = OptionalUuidConverter.class)
  private UUID clientId;

  protected Contact() {}

  /**
   * @param email normalised, or null for someone reached by phone only
   * @param clientId the person's own client record, when they are a client of the practice
   */
  public Contact(String displayName, String email, String phone, UUID clientId) {
    describe(displayName, email, phone);
    this.clientId = clientId;
  }

  /** New name, email and phone; the email is normalised, blank parts become absent. */
  public void describe(String displayName, String email, String phone) {
    if (displayName == null
        || displayName.isBlank()
        || displayName.strip().length() > Accounts.NAME_LENGTH) {
      throw new IllegalArgumentException(
          "A contact needs a name of 1 to " + Accounts.NAME_LENGTH + " characters");
    }
    this.displayName = displayName.strip();
    this.email = email == null || email.isBlank() ? null : Accounts.normaliseEmail(email);
    this.phone = phone == null || phone.isBlank() ? null : phone.strip();
  }

  /** Records that the person is this client of the practice (one person, one login). */
  public void isClient(UUID clientId) {
    if (this.clientId == null) {
      this.clientId = clientId;
    }
  }

  public String displayName() {
    return displayName;
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  public Optional<UUID> clientId() {
    return Optional.ofNullable(clientId);
  }
}

package org.foyer.admin.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;
import org.foyer.core.access.Accounts;
import org.foyer.core.access.TotpEnrolment;
import org.foyer.core.access.TotpHolder;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.core.validation.Shapes;

/**
 * A person working at one practice. The second factor is held sealed (encrypted by the platform
 * with the master key); this entity only stores what it is given.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember extends TenantOwned implements TotpHolder {

  @Column(nullable = false, length = Shapes.EMAIL_LENGTH)
  private String email;

  @Column(name = "display_name", nullable = false, length = Accounts.NAME_LENGTH)
  private String displayName;

  @Column(name = "password_hash", length = 200)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private StaffRole role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private StaffStatus status;

  /**
   * Null when EclipseLink loads an account whose three columns are all null (JPA's reading of an
   * all-null embeddable); {@link #totp()} gives a fresh one then.
   */
  @Embedded private TotpEnrolment totp = new TotpEnrolment();

  @Column(name = "session_epoch", nullable = false)
  private int sessionEpoch;

  protected StaffMember() {}

  public StaffMember(String email, String displayName, StaffRole role) {
    this.email = Accounts.normaliseEmail(email);
    if (displayName == null
        || displayName.isBlank()
        || displayName.length() > Accounts.NAME_LENGTH) {
      throw new IllegalArgumentException(
          "A staff member needs a name of 1 to " + Accounts.NAME_LENGTH + " characters");
    }
    this.displayName = displayName.strip();
    this.role = Objects.requireNonNull(role, "role");
    this.status = StaffStatus.INVITED;
  }

  public void activate(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.status = StaffStatus.ACTIVE;
  }

  public void changePassword(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
    endAllSessions();
  }

  /** Gives the member another built-in role; custom roles are held separately. */
  public void changeRole(StaffRole newRole) {
    this.role = Objects.requireNonNull(newRole, "role");
  }

  public boolean isAdministrator() {
    return role == StaffRole.ADMINISTRATOR;
  }

  public void deactivate() {
    status = StaffStatus.DEACTIVATED;
    endAllSessions();
  }

  public void reactivate() {
    if (status == StaffStatus.DEACTIVATED) {
      status = passwordHash == null ? StaffStatus.INVITED : StaffStatus.ACTIVE;
    }
  }

  /** Every session signed in before this call stops working on its next request. */
  public void endAllSessions() {
    sessionEpoch++;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public Optional<String> passwordHash() {
    return Optional.ofNullable(passwordHash);
  }

  public StaffRole role() {
    return role;
  }

  public StaffStatus status() {
    return status;
  }

  @Override
  public boolean canSignIn() {
    return status == StaffStatus.ACTIVE;
  }

  public int sessionEpoch() {
    return sessionEpoch;
  }

  @Override
  public TotpEnrolment totpAsStored() {
    return totp == null ? new TotpEnrolment() : totp;
  }

  @Override
  public TotpEnrolment totp() {
    if (totp == null) {
      totp = new TotpEnrolment();
    }
    return totp;
  }
}

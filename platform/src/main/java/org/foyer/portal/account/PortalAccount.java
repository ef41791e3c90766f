package org.foyer.portal.account;

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
 * One login to a practice's portal: a client, or a parent, guardian or other contact. Created
 * INVITED by a client invitation and ACTIVE once its password is chosen. The optional second factor
 * is held sealed, as for staff.
 */
@Entity
@Table(name = "portal_account")
public class PortalAccount extends TenantOwned implements TotpHolder {

  @Column(nullable = false, length = Shapes.EMAIL_LENGTH)
  private String email;

  @Column(name = "display_name", nullable = false, length = Accounts.NAME_LENGTH)
  private String displayName;

  @Column(name = "password_hash", length = 200)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PortalAccountStatus status;

  @Column(name = "session_epoch", nullable = false)
  private int sessionEpoch;

  /**
   * Null when EclipseLink loads an account whose three columns are all null (JPA's reading of an
   * all-null embeddable); {@link #totp()} gives a fresh one then.
   */
  @Embedded private TotpEnrolment totp = new TotpEnrolment();

  protected PortalAccount() {}

  public PortalAccount(String email, String displayName) {
    this.email = Accounts.normaliseEmail(email);
    this.displayName = checkedName(displayName);
    this.status = PortalAccountStatus.INVITED;
  }

  /** The name the person gave themself when accepting their invitation. */
  public void rename(String displayName) {
    this.displayName = checkedName(displayName);
  }

  private static String checkedName(String displayName) {
    if (displayName == null
        || displayName.isBlank()
        || displayName.length() > Accounts.NAME_LENGTH) {
      throw new IllegalArgumentException(
          "A portal account needs a name of 1 to " + Accounts.NAME_LENGTH + " characters");
    }
    return displayName.strip();
  }

  public void activate(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.status = PortalAccountStatus.ACTIVE;
  }

  public void close() {
    status = PortalAccountStatus.CLOSED;
    sessionEpoch++;
  }

  public void endAllSessions() {
    sessionEpoch++;
  }

  /** A new password (a reset by email) ends every session signed in with the old one. */
  public void changePassword(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
    endAllSessions();
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

  public PortalAccountStatus status() {
    return status;
  }

  @Override
  public boolean canSignIn() {
    return status == PortalAccountStatus.ACTIVE;
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

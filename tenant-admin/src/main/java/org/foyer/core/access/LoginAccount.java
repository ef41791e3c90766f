package org.foyer.core.access;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;
import java.util.Optional;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.core.validation.Shapes;

/**
 * What a staff member and a portal login both are to signing in: an email, a name to greet, a
 * password hash once one is chosen, a session epoch that ends every open session when raised, and
 * an optional sealed second factor. Each subclass keeps its own status and says when it may sign
 * in.
 */
@MappedSuperclass
public abstract class LoginAccount extends TenantOwned implements TotpHolder {

  @Column(nullable = false, length = Shapes.EMAIL_LENGTH)
  private String email;

  @Column(name = "display_name", nullable = false, length = Accounts.NAME_LENGTH)
  private String displayName;

  @Column(name = "password_hash", length = 200)
  private String passwordHash;

  @Column(name = "session_epoch", nullable = false)
  private int sessionEpoch;

  /**
   * Null when EclipseLink loads an account whose three columns are all null (JPA's reading of an
   * all-null embeddable). Reading must not replace it: EclipseLink would see a change and write the
   * account, even in a read-only transaction; only {@link #totpToChange()} does.
   */
  @Embedded private TotpEnrolment totp = new TotpEnrolment();

  protected LoginAccount() {}

  /**
   * @param kind how the account is named in the refusal of a bad name ("A staff member")
   */
  protected LoginAccount(String email, String displayName, String kind) {
    this.email = Accounts.normaliseEmail(email);
    this.displayName = checkedName(displayName, kind);
  }

  /** The name the person gave themself, e.g. when accepting an invitation. */
  protected void rename(String displayName, String kind) {
    this.displayName = checkedName(displayName, kind);
  }

  private static String checkedName(String displayName, String kind) {
    if (displayName == null
        || displayName.isBlank()
        || displayName.length() > Accounts.NAME_LENGTH) {
      throw new IllegalArgumentException(
          kind + " needs a name of 1 to " + Accounts.NAME_LENGTH + " characters");
    }
    return displayName.strip();
  }

  /** The first password, chosen when an invitation is accepted. */
  protected void choosePassword(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
  }

  /** A new password (a reset by email) ends every session signed in with the old one. */
  public void changePassword(String passwordHash) {
    choosePassword(passwordHash);
    endAllSessions();
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

  public int sessionEpoch() {
    return sessionEpoch;
  }

  @Override
  public TotpEnrolment totp() {
    return totp == null ? new TotpEnrolment() : totp;
  }

  @Override
  public TotpEnrolment totpToChange() {
    if (totp == null) {
      totp = new TotpEnrolment();
    }
    return totp;
  }
}

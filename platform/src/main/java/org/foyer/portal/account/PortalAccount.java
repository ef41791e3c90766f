package org.foyer.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;
import org.foyer.admin.staff.StaffMember;
import org.foyer.persistence.TenantOwned;

/** One login to a practice's portal: a client, or a parent, guardian or other contact. */
@Entity
@Table(name = "portal_account")
public class PortalAccount extends TenantOwned {

  @Column(nullable = false, length = StaffMember.EMAIL_LENGTH)
  private String email;

  @Column(name = "display_name", nullable = false, length = StaffMember.NAME_LENGTH)
  private String displayName;

  @Column(name = "password_hash", length = 200)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PortalAccountStatus status;

  @Column(name = "session_epoch", nullable = false)
  private int sessionEpoch;

  protected PortalAccount() {}

  public PortalAccount(String email, String displayName) {
    this.email = StaffMember.normaliseEmail(email);
    if (displayName == null
        || displayName.isBlank()
        || displayName.length() > StaffMember.NAME_LENGTH) {
      throw new IllegalArgumentException("A portal account needs a name of 1 to 120 characters");
    }
    this.displayName = displayName.strip();
    this.status = PortalAccountStatus.INVITED;
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

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public Optional<String> passwordHash() {
    return Optional.ofNullable(passwordHash);
  }

  public boolean canSignIn() {
    return status == PortalAccountStatus.ACTIVE;
  }

  public int sessionEpoch() {
    return sessionEpoch;
  }
}

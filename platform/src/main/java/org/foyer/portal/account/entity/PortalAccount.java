package org.foyer.portal.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.foyer.core.access.LoginAccount;
import org.foyer.portal.account.PortalAccountStatus;
import org.foyer.portal.account.PortalLogin;

/**
 * One login to a practice's portal: a client, or a parent, guardian or other contact. Created
 * INVITED by a client invitation and ACTIVE once its password is chosen. The optional second factor
 * is held sealed, as for staff.
 */
@Entity
@Table(name = "portal_account")
public class PortalAccount extends LoginAccount {

  private static final String KIND = "A portal account";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PortalAccountStatus status;

  protected PortalAccount() {}

  public PortalAccount(String email, String displayName) {
    super(email, displayName, KIND);
    this.status = PortalAccountStatus.INVITED;
  }

  /** The name the person gave themself when accepting their invitation. */
  public void rename(String displayName) {
    rename(displayName, KIND);
  }

  public void activate(String passwordHash) {
    choosePassword(passwordHash);
    this.status = PortalAccountStatus.ACTIVE;
  }

  public void close() {
    status = PortalAccountStatus.CLOSED;
    endAllSessions();
  }

  public PortalAccountStatus status() {
    return status;
  }

  @Override
  public boolean canSignIn() {
    return status == PortalAccountStatus.ACTIVE;
  }

  /** This login as inviting someone to the portal sees it. */
  public PortalLogin login() {
    return new PortalLogin(id(), email(), displayName(), status());
  }
}

package org.foyer.admin.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.core.access.Accounts;
import org.foyer.core.access.SignInAccount;
import org.foyer.core.access.TotpHolder;
import org.foyer.core.persistence.Transactional;

/**
 * Staff members' accounts as the platform's sign-in and password reset use them, before anyone is
 * signed in: no caller to check. Reads answer {@link SignInAccount}s; the few changes signing in
 * makes are the methods here, and the second factor is changed through the member's {@link
 * TotpHolder} side only, so sign-in keeps one implementation of TOTP for every kind of account.
 */
@ApplicationScoped
public class StaffAccounts {

  private EntityManager em;

  protected StaffAccounts() {}

  @Inject
  public StaffAccounts(EntityManager em) {
    this.em = em;
  }

  /** The member signing in with this email; empty for text that is not an email address. */
  @Transactional(readOnly = true)
  public Optional<SignInAccount> findByEmail(String email) {
    return member(email).map(StaffAccounts::signInAccount);
  }

  @Transactional(readOnly = true)
  public Optional<SignInAccount> findById(UUID staffId) {
    return member(staffId).map(StaffAccounts::signInAccount);
  }

  /** The member's authenticator, for sign-in to verify, enrol or reveal it. */
  @Transactional
  public Optional<TotpHolder> findTotpHolder(UUID staffId) {
    return member(staffId).map(TotpHolder.class::cast);
  }

  /** A new password (chosen by an email link) ends every session signed in with the old one. */
  @Transactional
  public void changePassword(UUID staffId, String passwordHash) {
    member(staffId).orElseThrow().changePassword(passwordHash);
  }

  /** Ends every session of the member at its next request; an unknown id changes nothing. */
  @Transactional
  public void endAllSessions(UUID staffId) {
    member(staffId).ifPresent(StaffMember::endAllSessions);
  }

  private Optional<StaffMember> member(UUID staffId) {
    return Optional.ofNullable(staffId == null ? null : em.find(StaffMember.class, staffId));
  }

  private Optional<StaffMember> member(String email) {
    String normalised;
    try {
      normalised = Accounts.normaliseEmail(email);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return em.createQuery("SELECT s FROM StaffMember s WHERE s.email = :email", StaffMember.class)
        .setParameter("email", normalised)
        .getResultStream()
        .findFirst();
  }

  private static SignInAccount signInAccount(StaffMember member) {
    return new SignInAccount(
        member.id(),
        member.email(),
        member.displayName(),
        Set.of(member.role().name()),
        member.passwordHash(),
        member.canSignIn(),
        member.hasTotp(),
        member.sessionEpoch());
  }
}

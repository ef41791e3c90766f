package org.foyer.security.reset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.core.access.Accounts;
import org.foyer.core.invitation.InvitationRefused;
import org.foyer.core.invitation.InvitationToken;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.security.password.NewPassword;
import org.foyer.security.password.PasswordHash;
import org.foyer.security.password.PasswordPolicy;
import org.foyer.security.password.WeakPassword;
import org.foyer.security.signin.AccountHolder;
import org.foyer.security.signin.control.AccountSessions;
import org.foyer.security.throttle.RequestLimit;
import org.foyer.security.throttle.SignInThrottle;

/**
 * Password reset by email, for staff and portal logins alike.
 *
 * <p>Asking for a link answers the same whatever the email: a known account gets a link, an unknown
 * email a note that no account uses it, both queued in one outbox row, so neither the page nor its
 * timing says which emails have accounts. Requests are limited per address and per email; over the
 * limit nothing is sent and the answer is still the same.
 *
 * <p>Using the link sets a password under the policy, ends every session of the account, lifts
 * every sign-in pause of it and spends every other open link of the account. The second factor is
 * untouched: staff who use one are asked for it at the next sign-in.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {

  static final int PER_ADDRESS = 10;
  static final int PER_EMAIL = 3;
  static final Duration LIMIT_WINDOW = Duration.ofHours(1);

  private EntityManager em;
  private AccountSessions accounts;
  private AuditLog audit;
  private SignInThrottle throttle;
  private Event<PasswordResetIssued> issued;
  private Event<PasswordResetForUnknownEmail> unknown;
  private Clock clock;
  private NewPassword newPassword;
  private RequestLimit perAddress;
  private RequestLimit perEmail;

  protected PasswordResets() {}

  @Inject
  public PasswordResets(
      EntityManager em,
      AccountSessions accounts,
      AuditLog audit,
      SignInThrottle throttle,
      Event<PasswordResetIssued> issued,
      Event<PasswordResetForUnknownEmail> unknown,
      Clock clock) {
    this(em, accounts, audit, throttle, issued, unknown, clock, new PasswordHash());
  }

  public PasswordResets(
      EntityManager em,
      AccountSessions accounts,
      AuditLog audit,
      SignInThrottle throttle,
      Event<PasswordResetIssued> issued,
      Event<PasswordResetForUnknownEmail> unknown,
      Clock clock,
      PasswordHash hashes) {
    this.em = em;
    this.accounts = accounts;
    this.audit = audit;
    this.throttle = throttle;
    this.issued = issued;
    this.unknown = unknown;
    this.clock = clock;
    this.newPassword = new NewPassword(new PasswordPolicy(), hashes);
    this.perAddress =
        new RequestLimit(clock, PER_ADDRESS, LIMIT_WINDOW, SignInThrottle.DEFAULT_CAPACITY);
    this.perEmail =
        new RequestLimit(clock, PER_EMAIL, LIMIT_WINDOW, SignInThrottle.DEFAULT_CAPACITY);
  }

  /**
   * Sends a link to choose a new password when the email has an account here; returns the same
   * (nothing) in every case.
   */
  public void request(String email, String address) {
    Optional<String> normalised = normalise(email);
    // Issued whether or not it is used, so both answers cost the same work.
    InvitationToken token = InvitationToken.issue();
    Practice practice = practice();
    String limitKey = practice.slug().value() + "/" + normalised.orElse("");
    boolean withinLimits =
        normalised.isPresent() & perAddress.tryAcquire(address) & perEmail.tryAcquire(limitKey);
    if (!withinLimits) {
      audit.record(
          AuditRecord.denied(actor(email), AuditAction.PASSWORD_RESET_REQUESTED)
              .about("over the request limit")
              .from(address));
      return;
    }
    Optional<AccountHolder> holder = accounts.findHolder(normalised.get());
    if (holder.isPresent()) {
      PasswordReset reset =
          new PasswordReset(holder.get().kind(), holder.get().id(), token, clock.instant());
      em.persist(reset);
      issued.fire(
          new PasswordResetIssued(
              practice.tenantId(),
              holder.get().email(),
              holder.get().displayName(),
              pathOf(practice, "/reset-password?token=" + token.value()),
              reset.expiresAt()));
    } else {
      unknown.fire(
          new PasswordResetForUnknownEmail(
              practice.tenantId(), normalised.get(), pathOf(practice, "/forgot-password")));
    }
    audit.record(
        AuditRecord.success(normalised.get(), AuditAction.PASSWORD_RESET_REQUESTED)
            .about(holder.isPresent() ? "link sent" : "no account uses this email")
            .from(address));
  }

  /**
   * Whose password the link changes.
   *
   * @throws ResetRefused when the link is forged, of another practice, expired or used
   */
  @Transactional(readOnly = true)
  public AccountHolder check(String token) {
    return holderOf(usable(token));
  }

  /**
   * Sets the new password; the arrays are cleared afterwards.
   *
   * @return whose password it now is, to sign them in with it
   * @throws ResetRefused when the link cannot be used
   * @throws WeakPassword listing what is wrong with the password, or that the two differ
   */
  public AccountHolder reset(String token, char[] password, char[] confirmation, String address) {
    try {
      PasswordReset reset = usable(token);
      AccountHolder holder = holderOf(reset);
      String hash = newPassword.hash(password, confirmation, holder.email(), practice().name());
      Instant now = clock.instant();
      reset.use(now);
      spendOtherLinks(holder, now);
      accounts.replacePassword(holder, hash);
      throttle.forgetAccount(SignInThrottle.accountKey(practice().slug().value(), holder.email()));
      audit.record(
          AuditRecord.success(holder.email(), AuditAction.PASSWORD_RESET)
              .about("new password chosen by email link; every session ended")
              .from(address));
      return holder;
    } finally {
      NewPassword.clear(password);
      NewPassword.clear(confirmation);
    }
  }

  private PasswordReset usable(String token) {
    if (!InvitationToken.isWellFormed(token)) {
      throw new ResetRefused(ResetRefused.NOT_VALID);
    }
    PasswordReset reset =
        em.createQuery(
                "SELECT r FROM PasswordReset r WHERE r.tokenHash = :hash", PasswordReset.class)
            .setParameter("hash", new InvitationToken(token).hash())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new ResetRefused(ResetRefused.NOT_VALID));
    try {
      reset.checkUsable(clock.instant());
    } catch (InvitationRefused e) {
      throw new ResetRefused(
          e.reason() == InvitationRefused.Reason.EXPIRED
              ? ResetRefused.EXPIRED
              : ResetRefused.USED);
    }
    return reset;
  }

  /** The account must still be able to sign in: a deactivated one gets no password by email. */
  private AccountHolder holderOf(PasswordReset reset) {
    return accounts
        .findHolderById(reset.accountKind(), reset.accountId())
        .orElseThrow(() -> new ResetRefused(ResetRefused.NOT_VALID));
  }

  private void spendOtherLinks(AccountHolder holder, Instant now) {
    em.createQuery(
            "SELECT r FROM PasswordReset r WHERE r.accountId = :account AND r.usedAt IS NULL"
                + " AND r.expiresAt > :now",
            PasswordReset.class)
        .setParameter("account", holder.id())
        .setParameter("now", now)
        .getResultList()
        .forEach(other -> other.use(now));
  }

  private Practice practice() {
    return em.find(Practice.class, Tenancy.require().value());
  }

  private static Optional<String> normalise(String email) {
    try {
      return Optional.of(Accounts.normaliseEmail(email));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String actor(String email) {
    String typed = email == null || email.isBlank() ? "(blank)" : email.strip();
    return typed.length() > AuditRecord.ACTOR_LENGTH
        ? typed.substring(0, AuditRecord.ACTOR_LENGTH)
        : typed;
  }

  private static String pathOf(Practice practice, String page) {
    return "/p/" + practice.slug().value() + page;
  }
}

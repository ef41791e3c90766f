package org.foyer.security.signin.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditOutcome;
import org.foyer.core.health.DatabaseOutage;
import org.foyer.core.health.Unavailable;
import org.foyer.core.runtime.RequestDrain;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.core.web.ProblemWriter;
import org.foyer.core.web.guard.ClientAddress;
import org.foyer.core.web.guard.SecurityHeaders;
import org.foyer.core.web.routing.PracticeRouting;
import org.foyer.core.web.routing.PublicAddress;
import org.foyer.core.web.routing.RoutedPractice;
import org.foyer.security.signin.AccountKind;
import org.foyer.security.signin.SignedIn;
import org.foyer.security.signin.control.AccountSessions;
import org.foyer.security.signin.control.IdleSessions;
import org.foyer.security.signin.control.KnownDevices;
import org.foyer.security.signin.control.SignInAudit;
import org.foyer.security.signin.control.SignInPauseNotice;
import org.foyer.security.signin.entity.FoyerPrincipal;
import org.foyer.security.signin.entity.PendingSignIn;
import org.foyer.security.signin.entity.TotpCredential;
import org.foyer.security.throttle.SignInThrottle;
import org.foyer.security.throttle.SignInThrottle.Source;
import org.foyer.security.throttle.Verdict;
import org.foyer.security.totp.TotpSecret;

/**
 * Foyer's one authentication mechanism. Signing in is bound to the practice in the address: a
 * session signed in at one practice is a stranger at every other. Password and second factor are
 * separate steps; the throttle is consulted before any password is checked, and its refusal looks
 * exactly like a wrong password.
 */
@ApplicationScoped
public class FoyerAuthentication implements HttpAuthenticationMechanism {

  static final Duration PENDING_LIFETIME = Duration.ofMinutes(5);

  @Inject PracticeRouting routing;
  @Inject IdentityStoreHandler identityStores;
  @Inject Instance<AccountSessions> sessions;
  @Inject SignInThrottle throttle;
  @Inject SignInAudit audit;
  @Inject ProblemWriter problems;
  @Inject PortalSettingsService portalSettings;
  @Inject Unavailable unavailable;
  @Inject ClientAddress clientAddress;
  @Inject KnownDevices devices;
  @Inject SignInPauseNotice pauseNotice;

  @Inject Clock clock;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // Runs before any filter and may answer on its own (redirect, 401, 404, 503), so it applies
    // the security headers itself.
    SecurityHeaders.apply(request, response);
    // It counts as in flight for a stop's drain itself, and turns a database outage into the 503
    // answer instead of the container's empty 500.
    if (!RequestDrain.enter()) {
      return unavailable(request, response);
    }
    try {
      return validate(request, response, context);
    } catch (RuntimeException e) {
      if (!DatabaseOutage.explains(e) || response.isCommitted()) {
        throw e;
      }
      return unavailable(request, response);
    } finally {
      RequestDrain.leave();
    }
  }

  private AuthenticationStatus unavailable(
      HttpServletRequest request, HttpServletResponse response) {
    try {
      unavailable.answer(request, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private AuthenticationStatus validate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Optional<RoutedPractice> routed = routing.resolve(request);
    if (routed.isEmpty()) {
      return context.doNothing();
    }
    RoutedPractice practice = routed.get();
    try (Tenancy.Scope scope = Tenancy.enter(practice.tenant())) {
      Credential credential =
          context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
      if (credential instanceof UsernamePasswordCredential password) {
        return passwordStep(request, response, context, practice, password);
      }
      if (credential instanceof TotpCredential code) {
        return secondFactorStep(request, response, context, practice, code);
      }
      return continueSession(request, response, context, practice);
    }
  }

  private AuthenticationStatus passwordStep(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      RoutedPractice practice,
      UsernamePasswordCredential credential) {
    String address = clientAddress.of(request);
    String accountKey = SignInThrottle.accountKey(practice.slug().value(), credential.getCaller());
    Source source = new Source(address, devices.recognise(request, accountKey));
    Verdict verdict = throttle.check(accountKey, source);
    if (!verdict.allowed()) {
      audit.record(
          credential.getCaller(), AuditAction.SIGN_IN_FAILED, AuditOutcome.DENIED, address);
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID
        || !(result.getCallerPrincipal() instanceof FoyerPrincipal principal)) {
      recordFailure(practice, credential.getCaller(), accountKey, source);
      audit.record(
          credential.getCaller(), AuditAction.SIGN_IN_FAILED, AuditOutcome.FAILURE, address);
      return AuthenticationStatus.SEND_FAILURE;
    }
    throttle.recordSuccess(accountKey, source);
    HttpSession session = request.getSession(true);
    switch (principal.secondFactor()) {
      case CODE -> {
        session.setAttribute(
            PendingSignIn.ATTRIBUTE,
            new PendingSignIn(
                practice.tenant(), principal, null, clock.instant().plus(PENDING_LIFETIME)));
        return AuthenticationStatus.SEND_CONTINUE;
      }
      case ENROLL -> {
        session.setAttribute(
            PendingSignIn.ATTRIBUTE,
            new PendingSignIn(
                practice.tenant(),
                principal,
                TotpSecret.generate().toBase32(),
                clock.instant().plus(PENDING_LIFETIME)));
        return AuthenticationStatus.SEND_CONTINUE;
      }
      default -> {
        return complete(request, response, context, practice, principal);
      }
    }
  }

  /**
   * Counts the failure; when it pauses the account from this source, the holder is told by mail and
   * the pause is audited, so someone locking strangers out leaves a trace and a warning.
   */
  private void recordFailure(
      RoutedPractice practice, String typedEmail, String accountKey, Source source) {
    if (throttle.recordFailure(accountKey, source) == SignInThrottle.Failure.PAUSED) {
      audit.record(typedEmail, AuditAction.SIGN_IN_PAUSED, AuditOutcome.DENIED, source.address());
      pauseNotice.notice(practice, typedEmail, clock.instant().plus(SignInThrottle.LOCK));
    }
  }

  private AuthenticationStatus secondFactorStep(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      RoutedPractice practice,
      TotpCredential credential) {
    HttpSession session = request.getSession(false);
    PendingSignIn pending =
        PendingSignIn.in(session, practice.tenant(), clock.instant()).orElse(null);
    if (pending == null) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    String address = clientAddress.of(request);
    String accountKey =
        SignInThrottle.accountKey(practice.slug().value(), pending.principal().getName());
    Source source = new Source(address, devices.recognise(request, accountKey));
    if (!throttle.check(accountKey, source).allowed()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    AccountSessions accounts = sessions.get();
    boolean accepted;
    if (pending.isEnrolling()) {
      Optional<List<String>> recoveryCodes = accounts.enroll(pending, credential.code());
      recoveryCodes.ifPresent(codes -> session.setAttribute(NewRecoveryCodes.ATTRIBUTE, codes));
      accepted = recoveryCodes.isPresent();
    } else {
      accepted = accounts.verifySecondFactor(pending.principal(), credential.code());
    }
    if (!accepted) {
      recordFailure(practice, pending.principal().getName(), accountKey, source);
      audit.record(
          pending.principal().getName(), AuditAction.MFA_FAILED, AuditOutcome.FAILURE, address);
      return AuthenticationStatus.SEND_FAILURE;
    }
    throttle.recordSuccess(accountKey, source);
    if (pending.isEnrolling()) {
      audit.record(
          pending.principal().getName(), AuditAction.MFA_ENROLLED, AuditOutcome.SUCCESS, address);
    }
    return complete(request, response, context, practice, pending.principal());
  }

  private AuthenticationStatus complete(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      RoutedPractice practice,
      FoyerPrincipal principal) {
    HttpSession session = request.getSession(true);
    session.removeAttribute(PendingSignIn.ATTRIBUTE);
    // A new session id at sign-in, so an id planted before sign-in is worthless after it.
    request.changeSessionId();
    SignedIn signedIn = principal.signedIn(practice.tenant());
    session.setAttribute(SignedIn.ATTRIBUTE, signedIn);
    session.setMaxInactiveInterval(sessionTimeoutSeconds());
    IdleSessions.started(session, clock.instant());
    audit.record(
        principal.getName(), AuditAction.SIGN_IN, AuditOutcome.SUCCESS, clientAddress.of(request));
    devices.remember(
        request,
        response,
        practice.pagePath(request.getContextPath(), "/"),
        SignInThrottle.accountKey(practice.slug().value(), principal.getName()));
    return context.notifyContainerAboutLogin(principal, signedIn.groups());
  }

  /** The current practice's own timeout, read fresh, so a change applies from the next sign-in. */
  int sessionTimeoutSeconds() {
    return portalSettings.current().sessionTimeoutMinutes() * 60;
  }

  private AuthenticationStatus continueSession(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      RoutedPractice practice) {
    HttpSession session = request.getSession(false);
    SignedIn signedIn =
        session == null ? null : (SignedIn) session.getAttribute(SignedIn.ATTRIBUTE);
    if (signedIn != null && signedIn.tenant().equals(practice.tenant())) {
      if (!IdleSessions.idleTooLong(session, request, clock.instant())
          && sessions.get().isCurrent(signedIn)) {
        if (!allowedArea(practice, signedIn.kind())) {
          return notFound(request, response);
        }
        return context.notifyContainerAboutLogin(
            new FoyerPrincipal(
                signedIn.kind(),
                signedIn.accountId(),
                signedIn.email(),
                signedIn.displayName(),
                signedIn.roles(),
                signedIn.sessionEpoch(),
                FoyerPrincipal.SecondFactor.NONE),
            signedIn.groups());
      }
      session.invalidate();
    }
    if (!needsSignIn(request, practice)) {
      return context.doNothing();
    }
    if (PracticeRouting.isApi(PracticeRouting.pathOf(request))) {
      try {
        problems.write(response, 401, "Unauthorized", "Sign in to use this address");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    return context.redirect(practice.pagePath(request.getContextPath(), "/login"));
  }

  private AuthenticationStatus notFound(HttpServletRequest request, HttpServletResponse response) {
    try {
      if (PracticeRouting.isApi(PracticeRouting.pathOf(request))) {
        problems.write(response, 404, "Not Found", "No such address");
      } else {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /**
   * Pages under /staff and /portal, and every practice API address but the public ones ({@link
   * PublicAddress}), need a signed-in caller.
   */
  private static boolean needsSignIn(HttpServletRequest request, RoutedPractice practice) {
    String page = practice.remainder();
    if (PublicAddress.of(request.getMethod(), page).isPresent()) {
      return false;
    }
    return page.startsWith("/staff/")
        || page.startsWith("/portal/")
        || PracticeRouting.isApi(PracticeRouting.pathOf(request));
  }

  /** Staff never see portal pages and portal users never see staff pages: both get 404. */
  private static boolean allowedArea(RoutedPractice practice, AccountKind kind) {
    String page = practice.remainder();
    if (page.startsWith("/staff/")) {
      return kind == AccountKind.STAFF;
    }
    if (page.startsWith("/portal/")) {
      return kind == AccountKind.PORTAL;
    }
    return true;
  }
}

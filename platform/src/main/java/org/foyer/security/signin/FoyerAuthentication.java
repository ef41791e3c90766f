package org.foyer.security.signin;

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
import org.foyer.admin.portal.PortalSettingsService;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditOutcome;
import org.foyer.security.throttle.SignInThrottle;
import org.foyer.security.throttle.Verdict;
import org.foyer.security.totp.TotpSecret;
import org.foyer.tenancy.Tenancy;
import org.foyer.web.PracticeRouting;
import org.foyer.web.ProblemWriter;
import org.foyer.web.RoutedPractice;

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

  private final Clock clock = Clock.systemUTC();

  @Override
  public AuthenticationStatus validateRequest(
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
        return passwordStep(request, context, practice, password);
      }
      if (credential instanceof TotpCredential code) {
        return secondFactorStep(request, context, practice, code);
      }
      return continueSession(request, response, context, practice);
    }
  }

  private AuthenticationStatus passwordStep(
      HttpServletRequest request,
      HttpMessageContext context,
      RoutedPractice practice,
      UsernamePasswordCredential credential) {
    String address = request.getRemoteAddr();
    String accountKey = SignInThrottle.accountKey(practice.slug().value(), credential.getCaller());
    Verdict verdict = throttle.check(accountKey, address);
    if (!verdict.allowed()) {
      audit.record(
          credential.getCaller(), AuditAction.SIGN_IN_FAILED, AuditOutcome.DENIED, address);
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID
        || !(result.getCallerPrincipal() instanceof FoyerPrincipal principal)) {
      throttle.recordFailure(accountKey, address);
      audit.record(
          credential.getCaller(), AuditAction.SIGN_IN_FAILED, AuditOutcome.FAILURE, address);
      return AuthenticationStatus.SEND_FAILURE;
    }
    throttle.recordSuccess(accountKey, address);
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
        return complete(request, context, practice, principal);
      }
    }
  }

  private AuthenticationStatus secondFactorStep(
      HttpServletRequest request,
      HttpMessageContext context,
      RoutedPractice practice,
      TotpCredential credential) {
    HttpSession session = request.getSession(false);
    PendingSignIn pending =
        session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.ATTRIBUTE);
    if (pending == null
        || !pending.tenant().equals(practice.tenant())
        || clock.instant().isAfter(pending.expiresAt())) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    String address = request.getRemoteAddr();
    String accountKey =
        SignInThrottle.accountKey(practice.slug().value(), pending.principal().getName());
    if (!throttle.check(accountKey, address).allowed()) {
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
      throttle.recordFailure(accountKey, address);
      audit.record(
          pending.principal().getName(), AuditAction.MFA_FAILED, AuditOutcome.FAILURE, address);
      return AuthenticationStatus.SEND_FAILURE;
    }
    throttle.recordSuccess(accountKey, address);
    if (pending.isEnrolling()) {
      audit.record(
          pending.principal().getName(), AuditAction.MFA_ENROLLED, AuditOutcome.SUCCESS, address);
    }
    return complete(request, context, practice, pending.principal());
  }

  private AuthenticationStatus complete(
      HttpServletRequest request,
      HttpMessageContext context,
      RoutedPractice practice,
      FoyerPrincipal principal) {
    HttpSession session = request.getSession(true);
    session.removeAttribute(PendingSignIn.ATTRIBUTE);
    // A new session id at sign-in, so an id planted before sign-in is worthless after it.
    request.changeSessionId();
    SignedIn signedIn = SignedIn.of(practice.tenant(), principal);
    session.setAttribute(SignedIn.ATTRIBUTE, signedIn);
    session.setMaxInactiveInterval(sessionTimeoutSeconds());
    audit.record(
        principal.getName(), AuditAction.SIGN_IN, AuditOutcome.SUCCESS, request.getRemoteAddr());
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
      if (sessions.get().isCurrent(signedIn)) {
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
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** Pages under /staff and /portal, and every practice API address, need a signed-in caller. */
  private static boolean needsSignIn(HttpServletRequest request, RoutedPractice practice) {
    String page = practice.remainder();
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

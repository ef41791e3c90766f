package org.foyer.security.signin.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.foyer.core.tenancy.TenantId;
import org.foyer.security.signin.AccountKind;
import org.foyer.security.signin.entity.FoyerPrincipal.SecondFactor;
import org.junit.jupiter.api.Test;

/** A second-factor step started at one practice never shows at another. */
class PendingSignInTest {

  static final Instant NOW = Instant.parse("2026-12-03T07:00:00Z");
  final TenantId practiceA = new TenantId(UUID.randomUUID());
  final TenantId practiceB = new TenantId(UUID.randomUUID());
  final Map<String, Object> attributes = new HashMap<>();
  final HttpSession session = session(attributes);

  @Test
  void aPendingCodeStepOfPracticeAIsNotPracticeBs() {
    PendingSignIn atA = pending(practiceA, NOW.plusSeconds(60));
    attributes.put(PendingSignIn.ATTRIBUTE, atA);

    assertThat(PendingSignIn.in(session, practiceB, NOW)).isEmpty();
    assertThat(PendingSignIn.in(session, practiceA, NOW)).contains(atA);
  }

  @Test
  void anExpiredStepOrNoSessionHasNothingPending() {
    attributes.put(PendingSignIn.ATTRIBUTE, pending(practiceA, NOW.minusSeconds(1)));

    assertThat(PendingSignIn.in(session, practiceA, NOW)).isEmpty();
    assertThat(PendingSignIn.in(null, practiceA, NOW)).isEmpty();
  }

  PendingSignIn pending(TenantId tenant, Instant expiresAt) {
    return new PendingSignIn(
        tenant,
        new FoyerPrincipal(
            AccountKind.STAFF,
            UUID.randomUUID(),
            "admin@a.example",
            "Ada Admin",
            Set.of("ADMINISTRATOR"),
            0,
            SecondFactor.CODE),
        null,
        expiresAt);
  }

  /** Only attributes matter here; a container's session is a map of them too. */
  static HttpSession session(Map<String, Object> attributes) {
    return (HttpSession)
        Proxy.newProxyInstance(
            HttpSession.class.getClassLoader(),
            new Class<?>[] {HttpSession.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  case "removeAttribute" -> attributes.remove((String) args[0]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}

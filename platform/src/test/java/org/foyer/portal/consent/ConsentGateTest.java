package org.foyer.portal.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.foyer.core.tenancy.TenantId;
import org.foyer.security.signin.AccountKind;
import org.foyer.security.signin.SignedIn;
import org.junit.jupiter.api.Test;

/** Which requests the consent gate looks at: portal logins, until up to date for a version. */
class ConsentGateTest {

  static SignedIn signedIn(AccountKind kind) {
    return new SignedIn(
        new TenantId(UUID.randomUUID()),
        kind,
        UUID.randomUUID(),
        "a@example.org",
        "A",
        Set.of(),
        0);
  }

  @Test
  void aPortalLoginIsCheckedOnEveryPortalPageButTheConsentPage() {
    SignedIn portal = signedIn(AccountKind.PORTAL);
    assertThat(ConsentGate.needsCheck(portal, "/portal/home.xhtml", null, 1)).isTrue();
    assertThat(ConsentGate.needsCheck(portal, "/portal/security.xhtml", null, 1)).isTrue();
    assertThat(ConsentGate.needsCheck(portal, "/portal/consent.xhtml", null, 1)).isFalse();
  }

  @Test
  void aSessionFoundUpToDateIsCheckedAgainWhenANewVersionShips() {
    SignedIn portal = signedIn(AccountKind.PORTAL);
    assertThat(ConsentGate.needsCheck(portal, "/portal/home.xhtml", 1, 1)).isFalse();
    assertThat(ConsentGate.needsCheck(portal, "/portal/home.xhtml", 1, 2)).isTrue();
  }

  @Test
  void staffAndAnonymousRequestsPassUnchecked() {
    assertThat(ConsentGate.needsCheck(signedIn(AccountKind.STAFF), "/portal/home.xhtml", null, 1))
        .isFalse();
    assertThat(ConsentGate.needsCheck(null, "/portal/home.xhtml", null, 1)).isFalse();
  }

  @Test
  void acceptingContinuesToThePortalPageAskedFor() {
    assertThat(ConsentGate.afterConsent("/portal/documents")).isEqualTo("/portal/documents");
    assertThat(ConsentGate.afterConsent("/portal/security")).isEqualTo("/portal/security");
  }

  @Test
  void anythingButAPortalPageOfThisPracticeContinuesToPortalHome() {
    assertThat(ConsentGate.afterConsent(null)).isEqualTo("/portal/home");
    assertThat(ConsentGate.afterConsent("")).isEqualTo("/portal/home");
    assertThat(ConsentGate.afterConsent("/portal/consent")).isEqualTo("/portal/home");
    assertThat(ConsentGate.afterConsent("/staff/home")).isEqualTo("/portal/home");
    assertThat(ConsentGate.afterConsent("//evil.example/portal/home")).isEqualTo("/portal/home");
    assertThat(ConsentGate.afterConsent("https://evil.example")).isEqualTo("/portal/home");
    assertThat(ConsentGate.afterConsent("/portal/../staff/home")).isEqualTo("/portal/home");
    assertThat(ConsentGate.afterConsent("/portal/home?x=1")).isEqualTo("/portal/home");
    assertThat(ConsentGate.afterConsent("/portal/home\r\nSet-Cookie: a=b"))
        .isEqualTo("/portal/home");
    assertThat(ConsentGate.afterConsent("/portal/" + "a".repeat(300))).isEqualTo("/portal/home");
  }
}

package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.foyer.demo.DemoPractice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Pages render under the page policy without a single Content-Security-Policy violation: no inline
 * style element, no inline script, nothing PrimeFaces needs that the policy refuses. Violations are
 * collected by a listener installed before any of the page's own code runs.
 */
class StylePolicyIT {

  static final String COLLECT_VIOLATIONS =
      "window.__cspViolations = [];"
          + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
          + "e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' '"
          + " + (e.sample || '')));";

  BundledFoyer foyer;
  ChromeDriver phone;

  @BeforeEach
  void openPhone() throws Exception {
    phone = StoryChecks.phone();
    phone.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", COLLECT_VIOLATIONS));
    foyer = BundledFoyer.get();
  }

  @AfterEach
  void close() {
    if (phone != null) {
      phone.quit();
    }
  }

  @Test
  void signInAndPortalHomeRenderWithoutPolicyViolations() throws Exception {
    SignInPageObject signIn = SignInPageObject.open(phone, foyer, "demo");
    assertNoViolations("sign-in");
    StoryChecks.visited(phone, "style-policy-sign-in");

    signIn.enterPassword("jordan.avery@demo.foyer.test", DemoPractice.PASSWORD);
    assertThat(phone.getCurrentUrl()).endsWith("/p/demo/portal/home");
    assertThat(phone.findElement(By.id("current-profile")).getText()).isEqualTo("Jordan Avery");
    assertNoViolations("portal home");
    StoryChecks.visited(phone, "style-policy-portal-home");

    phone.get(foyer.url("/p/demo/portal/documents"));
    assertNoViolations("portal documents");
  }

  private void assertNoViolations(String page) {
    @SuppressWarnings("unchecked")
    List<String> violations =
        (List<String>) phone.executeScript("return window.__cspViolations || [];");
    String policy =
        (String)
            phone.executeScript(
                "var m = document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]');"
                    + " return m ? m.content : '';");
    assertThat(violations).as(page + " " + policy).isEmpty();
  }
}

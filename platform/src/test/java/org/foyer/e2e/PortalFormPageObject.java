package org.foyer.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The portal's list of forms and one form being filled in, as a client sees them on a phone. */
final class PortalFormPageObject {

  private final WebDriver driver;

  PortalFormPageObject(WebDriver driver) {
    this.driver = driver;
  }

  /** The titles and statuses of the forms on portal home, one line each. */
  List<String> formList() {
    return driver.findElements(By.cssSelector("#form-list li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  PortalFormPageObject open(String titlePart) {
    driver.findElement(By.partialLinkText(titlePart)).click();
    return this;
  }

  /** Chooses a radio answer by field name and value (the engine's ids are f-name-index). */
  PortalFormPageObject choose(String field, String value) {
    click(driver.findElement(By.cssSelector("input[name='" + field + "'][value='" + value + "']")));
    return this;
  }

  boolean isChosen(String field, String value) {
    return driver
        .findElement(By.cssSelector("input[name='" + field + "'][value='" + value + "']"))
        .isSelected();
  }

  PortalFormPageObject type(String fieldId, String text) {
    WebElement input = driver.findElement(By.id(fieldId));
    input.clear();
    input.sendKeys(text);
    return this;
  }

  String value(String fieldId) {
    return driver.findElement(By.id(fieldId)).getAttribute("value");
  }

  PortalFormPageObject saveDraft() {
    click(driver.findElement(By.id("save-draft")));
    return this;
  }

  PortalFormPageObject submit() {
    click(driver.findElement(By.id("submit")));
    return this;
  }

  boolean draftSaved() {
    return !driver.findElements(By.id("draft-saved")).isEmpty();
  }

  /** The error summary's text, or empty when the post was accepted. */
  String errorSummary() {
    List<WebElement> summary = driver.findElements(By.id("foyer-error-summary"));
    return summary.isEmpty() ? "" : summary.get(0).getText();
  }

  String pageText() {
    return driver.findElement(By.tagName("main")).getText();
  }

  PortalFormPageObject backHome() {
    click(driver.findElement(By.id("back-home")));
    return this;
  }

  /** Phone screens scroll: a click goes to the element brought into view first. */
  private void click(WebElement element) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }
}

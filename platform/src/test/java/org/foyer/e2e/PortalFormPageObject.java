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

  /** Each form card's title and the address its Start/Continue/View button opens, in page order. */
  java.util.Map<String, String> formLinks() {
    java.util.Map<String, String> links = new java.util.LinkedHashMap<>();
    for (WebElement card : driver.findElements(By.cssSelector("#form-list li"))) {
      links.put(
          card.findElement(By.className("intake-card-title")).getText().strip(),
          card.findElement(By.cssSelector("a.intake-card-action")).getAttribute("href"));
    }
    return links;
  }

  /** Opens the form whose card title holds {@code titlePart}, through its Start/Continue button. */
  PortalFormPageObject open(String titlePart) {
    StoryChecks.clickToLoad(
        driver,
        driver.findElements(By.cssSelector("#form-list li")).stream()
            .filter(card -> card.getText().contains(titlePart))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No form card for " + titlePart))
            .findElement(By.cssSelector("a.intake-card-action")));
    return this;
  }

  /** Chooses a radio answer by field name and value (the engine's ids are f-name-index). */
  PortalFormPageObject choose(String field, String value) {
    StoryChecks.clickInView(
        driver,
        driver.findElement(By.cssSelector("input[name='" + field + "'][value='" + value + "']")));
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
    StoryChecks.clickToLoad(driver, driver.findElement(By.id("save-draft")));
    return this;
  }

  PortalFormPageObject submit() {
    StoryChecks.clickToLoad(driver, driver.findElement(By.id("submit-form")));
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
    StoryChecks.clickToLoad(driver, driver.findElement(By.id("back-home")));
    return this;
  }
}

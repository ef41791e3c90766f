package org.foyer.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The form builder (/staff/admin/form-builder) and the intake packets page (/staff/admin/packets).
 */
final class FormBuilderPageObject {

  private final WebDriver driver;

  FormBuilderPageObject(WebDriver driver) {
    this.driver = driver;
  }

  static FormBuilderPageObject newIntakeForm(WebDriver driver, BundledFoyer foyer, String slug) {
    driver.get(foyer.url("/p/" + slug + "/staff/admin/form-builder?kind=INTAKE"));
    return new FormBuilderPageObject(driver);
  }

  FormBuilderPageObject title(String title) {
    WebElement input = driver.findElement(By.id("form-title"));
    input.clear();
    input.sendKeys(title);
    return this;
  }

  /** Adds a question of the engine widget (its JSON name) and types its label. */
  FormBuilderPageObject addQuestion(String widget, String label) {
    chooseInMenu("new-widget", widget);
    StoryChecks.clickToLoad(driver, driver.findElement(By.id("add-question")));
    List<WebElement> labels = driver.findElements(By.cssSelector("input.question-label"));
    labels.get(labels.size() - 1).sendKeys(label);
    return this;
  }

  /** Shows the last question only while the answer named {@code field} is {@code value}. */
  FormBuilderPageObject showLastWhen(String field, String value) {
    last("input.question-show-when-field").sendKeys(field);
    last("input.question-show-when-value").sendKeys(value);
    return this;
  }

  /** Chooses who signs the last question, a signature, by the words the builder shows. */
  FormBuilderPageObject lastSignedBy(String choice) {
    new Select(last("select.question-signer")).selectByVisibleText(choice);
    return this;
  }

  String lastSigner() {
    return new Select(last("select.question-signer")).getFirstSelectedOption().getText();
  }

  FormBuilderPageObject save() {
    StoryChecks.clickToLoad(driver, driver.findElement(By.id("save-form")));
    return this;
  }

  FormBuilderPageObject publish() {
    StoryChecks.clickToLoad(driver, driver.findElement(By.id("publish-form")));
    return this;
  }

  String messages() {
    return driver.findElement(By.id("messages")).getText();
  }

  String preview() {
    return driver.findElement(By.id("preview")).getAttribute("innerHTML");
  }

  /** Opens the packets page, creating the default packet first when the practice has none. */
  FormBuilderPageObject openDefaultPacket(BundledFoyer foyer, String slug) {
    driver.get(foyer.url("/p/" + slug + "/staff/admin/packets"));
    if (driver.findElements(By.id("packet-name")).isEmpty()) {
      driver.findElement(By.id("new-packet-name")).sendKeys("Adult");
      StoryChecks.clickToLoad(driver, driver.findElement(By.id("create-packet")));
    }
    return this;
  }

  String packetName() {
    return driver.findElement(By.id("packet-name")).getText();
  }

  FormBuilderPageObject addToPacket(String labelStart) {
    chooseInMenu("form-to-add", labelStart);
    StoryChecks.clickToLoad(driver, driver.findElement(By.id("add-form")));
    return this;
  }

  String packetItems() {
    return driver.findElement(By.id("items")).getText();
  }

  String previewPacket() {
    StoryChecks.clickToLoad(driver, driver.findElement(By.id("preview-packet")));
    return driver.findElement(By.id("packet-preview")).getAttribute("innerHTML");
  }

  /**
   * PrimeFaces' select menu: open it, click the first item whose label starts so once the panel has
   * finished opening, and wait until the menu shows the choice and has closed again (a click during
   * the opening animation can be lost).
   */
  private void chooseInMenu(String id, String labelStart) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    driver.findElement(By.id(id)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id + "_panel")));
    WebElement item =
        driver.findElements(By.cssSelector("#" + id + "_items li")).stream()
            .filter(li -> li.getAttribute("data-label").startsWith(labelStart))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no menu item " + labelStart + " in " + id));
    // A click that lands while the panel still slides open is lost (seen once in a full run after
    // the staff menu grew a line): click the item again until the panel closes.
    WebDriverWait closing = new WebDriverWait(driver, Duration.ofSeconds(3));
    for (int attempt = 1; ; attempt++) {
      wait.until(ExpectedConditions.elementToBeClickable(item)).click();
      try {
        closing.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
        break;
      } catch (org.openqa.selenium.TimeoutException stillOpen) {
        if (attempt == 3) {
          throw stillOpen;
        }
      }
    }
    wait.until(
        ExpectedConditions.textMatches(
            By.id(id + "_label"),
            java.util.regex.Pattern.compile(
                "^" + java.util.regex.Pattern.quote(labelStart) + ".*",
                java.util.regex.Pattern.DOTALL)));
  }

  private WebElement last(String css) {
    List<WebElement> all = driver.findElements(By.cssSelector(css));
    return all.get(all.size() - 1);
  }
}

package org.foyer.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff page (/staff/admin/staff): seats, the invitation dialog, role assignment and
 * deactivation. PrimeFaces widgets are driven through their visible labels, as a person would.
 */
final class StaffAdminPageObject {

  private final WebDriver driver;

  StaffAdminPageObject(WebDriver driver) {
    this.driver = driver;
  }

  static StaffAdminPageObject open(WebDriver driver, BundledFoyer foyer, String slug) {
    driver.get(foyer.url("/p/" + slug + "/staff/admin/staff"));
    return new StaffAdminPageObject(driver);
  }

  String seatUsage() {
    return driver.findElement(By.id("seat-usage")).getText();
  }

  String messages() {
    return driver.findElement(By.id("messages")).getText();
  }

  StaffAdminPageObject invite(String email, String name, String roleLabel) {
    StoryChecks.clickToLoad(driver, driver.findElement(By.id("invite-start")));
    driver.findElement(By.id("invite-email")).sendKeys(email);
    driver.findElement(By.id("invite-name")).sendKeys(name);
    chooseRole(roleLabel);
    StoryChecks.clickToLoad(driver, driver.findElement(By.id("invite-send")));
    return this;
  }

  /** Opens the member's role dialog, sets the built-in role and ticks exactly these roles. */
  StaffAdminPageObject assignRoles(String memberName, String roleLabel, List<String> customRoles) {
    StoryChecks.clickToLoad(driver, row(memberName).findElement(By.cssSelector(".edit-roles")));
    chooseRole(roleLabel);
    for (WebElement box : driver.findElements(By.cssSelector("#custom-roles input"))) {
      String label =
          driver
              .findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"))
              .getText();
      if (box.isSelected() != customRoles.contains(label)) {
        driver.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).click();
      }
    }
    StoryChecks.clickToLoad(driver, driver.findElement(By.id("roles-save")));
    return this;
  }

  StaffAdminPageObject deactivate(String memberName) {
    StoryChecks.clickToLoad(driver, row(memberName).findElement(By.cssSelector(".deactivate")));
    return this;
  }

  StaffAdminPageObject reactivate(String memberName) {
    StoryChecks.clickToLoad(driver, row(memberName).findElement(By.cssSelector(".reactivate")));
    return this;
  }

  String status(String memberName) {
    return row(memberName).findElement(By.className("staff-status")).getText();
  }

  RolesAdminPageObject openRoles() {
    StoryChecks.clickToLoad(driver, driver.findElement(By.id("roles-link")));
    return new RolesAdminPageObject(driver);
  }

  /** Picks the built-in role in PrimeFaces' menu, leaving it closed so it covers nothing. */
  private void chooseRole(String roleLabel) {
    if (driver.findElement(By.id("built-in-role_label")).getText().equals(roleLabel)) {
      return;
    }
    driver.findElement(By.id("built-in-role")).click();
    driver
        .findElement(By.cssSelector("#built-in-role_items li[data-label='" + roleLabel + "']"))
        .click();
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("built-in-role_panel")));
  }

  private WebElement row(String memberName) {
    return driver.findElement(
        By.xpath(
            "//tbody[@id='staff-table_data']/tr[td[contains(normalize-space(), '"
                + memberName
                + "')]]"));
  }
}

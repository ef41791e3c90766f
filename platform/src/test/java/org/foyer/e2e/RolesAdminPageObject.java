package org.foyer.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The roles page (/staff/admin/roles): Default Permissions and custom roles. */
final class RolesAdminPageObject {

  private final WebDriver driver;

  RolesAdminPageObject(WebDriver driver) {
    this.driver = driver;
  }

  static RolesAdminPageObject open(WebDriver driver, BundledFoyer foyer, String slug) {
    driver.get(foyer.url("/p/" + slug + "/staff/admin/roles"));
    return new RolesAdminPageObject(driver);
  }

  /** Ticks exactly these Default Permissions (by their labels) and saves. */
  RolesAdminPageObject setDefaultPermissions(List<String> labels) {
    tickExactly("default-permissions", labels);
    StoryChecks.clickToLoad(driver, driver.findElement(By.id("save-defaults")));
    return this;
  }

  List<String> defaultPermissions() {
    return driver.findElements(By.cssSelector("#default-permissions input")).stream()
        .filter(WebElement::isSelected)
        .map(box -> labelOf(box).getText())
        .toList();
  }

  RolesAdminPageObject createRole(String name, List<String> capabilityLabels) {
    StoryChecks.clickToLoad(driver, driver.findElement(By.id("new-role")));
    driver.findElement(By.id("role-name")).sendKeys(name);
    tickExactly("role-capabilities", capabilityLabels);
    StoryChecks.clickToLoad(driver, driver.findElement(By.id("role-save")));
    return this;
  }

  String messages() {
    return driver.findElement(By.id("messages")).getText();
  }

  String customRolesText() {
    return driver.findElement(By.id("custom-roles")).getText();
  }

  private void tickExactly(String groupId, List<String> labels) {
    for (WebElement box : driver.findElements(By.cssSelector("#" + groupId + " input"))) {
      WebElement label = labelOf(box);
      if (box.isSelected() != labels.contains(label.getText())) {
        label.click();
      }
    }
  }

  private WebElement labelOf(WebElement box) {
    return driver.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"));
  }
}

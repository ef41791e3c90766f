package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The staff client page of one client, as staff use it: their General Documents, their intake forms
 * and their Contacts, with the "Keep from guardians" button each document and form carries.
 */
final class ClientPageObject {

  private final ChromeDriver desk;
  private final String address;

  ClientPageObject(ChromeDriver desk, String address) {
    this.desk = desk;
    this.address = address;
  }

  /** Creates a client with an email and a date of birth as typed (month, day, year). */
  static ClientPageObject create(
      ChromeDriver desk, BundledFoyer foyer, String first, String last, String email, String born) {
    desk.get(foyer.url("/p/demo/staff/client"));
    desk.findElement(By.id("legalFirstName")).sendKeys(first);
    desk.findElement(By.id("legalLastName")).sendKeys(last);
    desk.findElement(By.id("email")).sendKeys(email);
    desk.findElement(By.id("dateOfBirth")).sendKeys(born);
    StoryChecks.clickToLoad(desk, desk.findElement(By.id("save")));
    assertThat(desk.findElement(By.id("saved")).getText()).contains("Saved");
    return new ClientPageObject(desk, desk.getCurrentUrl());
  }

  ClientPageObject open() {
    desk.get(address);
    return this;
  }

  /** Adds a file to the client's General Documents under this title. */
  void uploadDocument(Path file, String title) {
    desk.findElement(By.id("document-title")).sendKeys(title);
    desk.findElement(By.id("document-file")).sendKeys(file.toAbsolutePath().toString());
    StoryChecks.clickToLoad(desk, desk.findElement(By.id("upload-document")));
    assertThat(desk.findElement(By.id("document-notice")).getText()).contains(title);
  }

  /** Adds a parent with the usual permissions (everything, for a minor) and invites them. */
  void addAndInviteParent(String name, String email) {
    desk.findElement(By.id("contact-name")).sendKeys(name);
    desk.findElement(By.id("contact-email")).sendKeys(email);
    new Select(desk.findElement(By.id("contact-relationship"))).selectByValue("PARENT");
    WebElement usual = desk.findElement(By.id("contact-usual"));
    if (!usual.isSelected()) {
      StoryChecks.clickInView(desk, usual);
    }
    StoryChecks.clickToLoad(desk, desk.findElement(By.id("save-contact")));
    assertThat(desk.findElement(By.id("contact-notice")).getText()).contains("Added " + name);
    StoryChecks.clickToLoad(
        desk, contactRow(name).findElement(By.cssSelector("[id$='invite-contact']")));
    assertThat(desk.findElement(By.id("contact-notice")).getText()).isNotBlank();
  }

  /** The document's row in General Documents, found by its title. */
  WebElement documentRow(String title) {
    return desk.findElements(By.cssSelector("#document-list tbody tr")).stream()
        .filter(tr -> tr.getText().contains(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No document row for " + title));
  }

  /** The form's row in the intake table, found by its title. */
  WebElement formRow(String title) {
    return desk.findElements(By.cssSelector("#intake-forms tbody tr")).stream()
        .filter(tr -> tr.getText().contains(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No intake form row for " + title));
  }

  /** Presses the document's "Keep from guardians" button and waits for the page it loads. */
  void keepDocumentFromGuardians(String title) {
    WebElement keep =
        documentRow(title)
            .findElement(By.cssSelector(".document-confidentiality input[type=submit]"));
    assertThat(keep.getAttribute("value")).isEqualTo("Keep from guardians");
    StoryChecks.clickToLoad(desk, keep);
    inView(documentRow(title));
  }

  /** Presses the form's "Keep from guardians" button and waits for the page it loads. */
  void keepFormFromGuardians(String title) {
    WebElement keep = formRow(title).findElement(By.cssSelector(".intake-confidentiality"));
    assertThat(keep.getText()).isEqualTo("Keep from guardians");
    StoryChecks.clickToLoad(desk, keep);
    inView(formRow(title));
  }

  /**
   * Scrolls the changed row to the middle of the screen, so that the step's screenshot shows it.
   */
  private void inView(WebElement row) {
    desk.executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
  }

  private WebElement contactRow(String name) {
    return desk.findElements(By.cssSelector("#contact-list tbody tr")).stream()
        .filter(tr -> tr.getText().contains(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No contact row for " + name));
  }
}

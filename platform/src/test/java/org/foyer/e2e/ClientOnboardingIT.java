package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The whole intake story in headless Chromium: the administrator creates a client, invites them
 * with a trimmed default packet; the client opens the link from the captured mail on a phone, sets
 * a password and accepts the consent, answers part of a questionnaire, saves a draft and resumes on
 * a second phone; a rejected post keeps what was typed; the client signs and submits; staff
 * acknowledge both forms and the whole packet lands in General Documents as one PDF whose
 * certificate page names the signature's document hash. The invitation goes to the record's address
 * and gives way to what happens next once sent.
 */
class ClientOnboardingIT {

  static final String PHQ9 = "Mood Questionnaire (PHQ-9)";
  static final String PRIVACY = "Acknowledgment of the Notice of Privacy Practices";

  BundledFoyer foyer;
  ChromeDriver desk;
  ChromeDriver phone;

  @BeforeEach
  void openBrowsers() throws Exception {
    desk = Browser.open(1280, 1000);
    foyer = BundledFoyer.get();
  }

  @AfterEach
  void closeBrowsers() {
    for (ChromeDriver driver : new ChromeDriver[] {desk, phone}) {
      if (driver != null) {
        driver.quit();
      }
    }
  }

  @Test
  void staffInviteAClientWhoFillsSignsAndSubmitsOnAPhoneAndThePacketIsFiled() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String email = "noor." + suffix + "@example.org";
    String password = "quiet-harbor-lantern-" + suffix;

    IntakeInvitationPageObject invitations = new IntakeInvitationPageObject(desk, foyer);
    invitations.signInAsAdministrator();
    String clientPage = invitations.createClient("Noor", "Haddad" + suffix, email);
    invitations.invite(email, List.of(PHQ9, PRIVACY));
    assertThat(desk.findElement(By.id("intake-forms")).getText()).contains(PHQ9, PRIVACY);

    String link = foyer.url(invitations.invitationLinkFor(email));
    phone = Browser.open(390, 844);
    IntakeInvitationPageObject.accept(phone, link, email, password);
    PortalFormPageObject portal = new PortalFormPageObject(phone);
    assertThat(portal.formList()).hasSize(2);
    screenshot(phone, "onboarding-portal-home-phone");

    portal.open("PHQ-9").choose("item1", "1").choose("item2", "0").saveDraft();
    assertThat(portal.draftSaved()).isTrue();
    phone.quit();

    // Another device: the draft is on the server, not in the first phone's browser.
    phone = Browser.open(390, 844);
    SignInPageObject.open(phone, foyer, "demo").enterPassword(email, password);
    portal = new PortalFormPageObject(phone);
    assertThat(portal.formList()).anySatisfy(line -> assertThat(line).contains("PHQ-9"));
    portal.open("PHQ-9");
    assertThat(portal.isChosen("item1", "1")).isTrue();
    for (int item = 2; item <= 9; item++) {
      portal.choose("item" + item, item == 9 ? "0" : "1");
    }
    portal.submit();
    assertThat(phone.findElement(By.id("received")).getText()).contains("PHQ-9");
    StoryChecks.clickToLoad(phone, phone.findElement(By.id("back-to-forms")));

    portal.open("Privacy");
    portal.type("f-privacyQuestions", "Who can see my notes?").submit();
    assertThat(portal.errorSummary()).isNotEmpty();
    assertThat(portal.value("f-privacyQuestions"))
        .as("a rejected post keeps what was typed")
        .isEqualTo("Who can see my notes?");
    screenshot(phone, "onboarding-rejected-post-phone");
    portal
        .choose("receivedHow", "portal")
        .choose("acknowledges", "true")
        .type("f-signature", "Noor Haddad" + suffix);
    if (portal.value("f-signedOn").isEmpty()) {
      ((org.openqa.selenium.JavascriptExecutor) phone)
          .executeScript(
              "document.getElementById('f-signedOn').value ="
                  + " new Date().toISOString().slice(0, 10);");
    }
    portal.submit();
    assertThat(phone.findElement(By.id("received")).getText()).contains("Privacy");

    desk.get(clientPage);
    List<String> reviews =
        desk.findElements(By.cssSelector("#intake-forms a[id^='review-']")).stream()
            .map(a -> a.getAttribute("href"))
            .toList();
    assertThat(reviews).hasSize(2);
    for (String review : reviews) {
      desk.get(review);
      StoryChecks.clickToLoad(desk, desk.findElement(By.id("acknowledge")));
      assertThat(desk.findElement(By.id("acknowledged")).isDisplayed()).isTrue();
    }

    desk.get(clientPage);
    assertThat(desk.findElement(By.id("intake-forms")).getText()).contains("Acknowledged");
    WebElement packetLink =
        desk.findElements(By.cssSelector("#document-list tr")).stream()
            .filter(row -> row.getText().contains("Intake packet"))
            .map(row -> row.findElement(By.cssSelector("a.document-download")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no packet PDF in General Documents"));
    desk.executeScript(
        "arguments[0].scrollIntoView({block: 'start'});",
        desk.findElement(By.id("general-documents")));
    screenshot(desk, "onboarding-general-documents");
    byte[] pdf = invitations.download(packetLink.getAttribute("href"), "application/pdf");

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains(PHQ9, "Signature certificate", "Noor Haddad" + suffix);
      assertThat(text.replaceAll("\\s+", " ")).containsPattern("Document SHA-256 [0-9a-f]{64}");
    }
  }

  private static void screenshot(ChromeDriver driver, String name) throws Exception {
    Path directory = Path.of("target", "screenshots");
    Files.createDirectories(directory);
    Files.write(directory.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }
}

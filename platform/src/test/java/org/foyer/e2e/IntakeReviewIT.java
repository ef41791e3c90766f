package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.foyer.demo.DemoPractice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Intake review as an administrator at a desk lives it: forms go to a demo client (Priya), whose
 * notice mail links to the running port; she answers on a phone (a flagged PHQ-9 and a signed
 * privacy acknowledgment); the staff home lists what needs attention, the review page reads in the
 * practice's time zone with names, the acknowledged form's PDF lands in General Documents headed
 * with whose it is, tagged for screen readers, with its signature certificate.
 */
class IntakeReviewIT {

  static final String PHQ9 = "Mood Questionnaire (PHQ-9)";
  static final String PRIVACY = "Acknowledgment of the Notice of Privacy Practices";
  static final String PRIYA = "priya.n@demo.foyer.test";
  static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");

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
  void anAdministratorReviewsWhatNeedsAttentionAndFilesAHeadedTaggedPdf() throws Exception {
    IntakeInvitationPageObject staff =
        new IntakeInvitationPageObject(desk, foyer).signInAsAdministrator();

    desk.get(foyer.url("/p/demo/staff/clients"));
    StoryChecks.clickToLoad(desk, desk.findElement(By.linkText("Priya Natarajan")));
    String clientPage = desk.getCurrentUrl();
    sendPacketOf(List.of(PHQ9, PRIVACY));
    assertThat(desk.findElement(By.id("intake-forms")).getText()).contains(PHQ9, PRIVACY);
    desk.executeScript(
        "arguments[0].scrollIntoView({block: 'start'});", desk.findElement(By.id("client-intake")));
    StoryChecks.visited(desk, "review-client-forms-sent");

    desk.get(foyer.url("/p/demo/dev/mail"));
    StoryChecks.visited(desk, "review-captured-mail");
    assertThat(desk.findElement(By.id("dev-mail")).getText())
        .as("the mail viewer speaks in words and the practice's time")
        .doesNotContain("PORTAL_NOTICE", "SENT")
        .contains("CST");
    List<String> links = linksInMailTo(PRIYA);
    assertThat(links)
        .as("captured mail links point at the running port")
        .isNotEmpty()
        .allSatisfy(link -> assertThat(link).startsWith(foyer.url("/")));

    phone = StoryChecks.phone();
    SignInPageObject.open(phone, foyer, "demo").enterPassword(PRIYA, DemoPractice.PASSWORD);
    PortalFormPageObject portal = new PortalFormPageObject(phone);
    portal.open("PHQ-9");
    for (int item = 1; item <= 9; item++) {
      portal.choose("item" + item, "1");
    }
    portal.submit();
    assertThat(phone.findElement(By.id("received")).getText()).contains("PHQ-9");
    StoryChecks.clickToLoad(phone, phone.findElement(By.id("back-to-forms")));
    portal
        .open("Privacy")
        .choose("receivedHow", "portal")
        .choose("acknowledges", "true")
        .type("f-signature", "Priya Natarajan");
    if (portal.value("f-signedOn").isEmpty()) {
      phone.executeScript(
          "document.getElementById('f-signedOn').value = new Date().toISOString().slice(0, 10);");
    }
    portal.submit();
    assertThat(phone.findElement(By.id("received")).getText()).contains("Privacy");
    StoryChecks.screenshot(phone, "review-client-submitted-phone");

    desk.get(foyer.url("/p/demo/staff/home"));
    StoryChecks.visited(desk, "review-staff-home");
    String attention = desk.findElement(By.id("attention-review")).getText();
    assertThat(attention).contains("Priya Natarajan", PHQ9, PRIVACY, "Flagged");
    assertThat(attention.indexOf(PHQ9))
        .as("the flagged questionnaire comes first")
        .isLessThan(attention.indexOf(PRIVACY));
    assertThat(attention).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T").contains("CST");

    StoryChecks.clickToLoad(
        desk,
        desk.findElements(By.cssSelector("#attention-review a[id^='attention-review-']")).stream()
            .filter(a -> a.getAttribute("aria-label").contains(PRIVACY))
            .findFirst()
            .orElseThrow());
    StoryChecks.visited(desk, "review-submission");
    String page = desk.findElement(By.tagName("main")).getText();
    assertThat(page)
        .contains("submitted", "CST", "by Priya Natarajan", "Signatures")
        .doesNotContainPattern("[0-9a-f]{64}")
        .doesNotContain("UTC", "priya.n@demo.foyer.test");
    StoryChecks.clickToLoad(desk, desk.findElement(By.id("acknowledge")));
    assertThat(desk.findElement(By.id("acknowledged")).getText()).contains("CST");
    StoryChecks.visited(desk, "review-acknowledged");

    desk.get(clientPage);
    WebElement pdfLink =
        desk.findElements(By.cssSelector("#document-list tr")).stream()
            .filter(row -> row.getText().contains(PRIVACY))
            .map(row -> row.findElement(By.cssSelector("a.document-download")))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no PDF of the privacy form in General Documents"));
    byte[] pdf = staff.download(pdfLink.getAttribute("href"), "application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Harbor Light Counseling - " + PRIVACY)
          .contains("Client: Priya Natarajan - Date of birth: 3 Sep 1984")
          .containsPattern(
              "Submitted \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} CST by Priya Natarajan")
          .contains("Signature certificate", "Signed by")
          .contains("Priya Natarajan");
    }
  }

  /** Sends the default packet trimmed to the given forms from the client page. */
  private void sendPacketOf(List<String> keep) {
    for (WebElement box : desk.findElements(By.cssSelector("#packet-items input[type=checkbox]"))) {
      String label =
          desk.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText();
      if (box.isSelected() != keep.contains(label)) {
        StoryChecks.clickInView(desk, box);
      }
    }
    StoryChecks.clickToLoad(desk, desk.findElement(By.id("send-packet")));
  }

  private List<String> linksInMailTo(String email) {
    for (WebElement mail : desk.findElements(By.cssSelector("article.foyer-mail"))) {
      String text = mail.getAttribute("textContent");
      if (text.contains(email)) {
        Matcher link = LINK.matcher(text);
        List<String> links = new java.util.ArrayList<>();
        while (link.find()) {
          links.add(link.group());
        }
        return links;
      }
    }
    throw new AssertionError("No mail to " + email + " was captured");
  }
}

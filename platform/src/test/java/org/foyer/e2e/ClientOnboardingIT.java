package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole intake story in headless Chromium: the administrator creates a client, invites them
 * with a trimmed default packet; the client opens the link from the captured mail on a phone, sets
 * a password and accepts the consent, answers part of a questionnaire, saves a draft and resumes on
 * a second phone; a rejected post keeps what was typed; the client signs and submits; staff
 * acknowledge both forms and the whole packet lands in General Documents as one PDF whose
 * certificate page names the signature's document hash.
 */
class ClientOnboardingIT {

  static final String PHQ9 = "Mood Questionnaire (PHQ-9)";
  static final String PRIVACY = "Acknowledgment of the Notice of Privacy Practices";
  static final Pattern INVITATION_LINK =
      Pattern.compile("(/p/demo/portal-invitation\\?token=[A-Za-z0-9_-]{43})");

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

    signInAsAdministrator();
    String clientPage = createClient("Noor", "Haddad" + suffix, email);
    invite(email, List.of(PHQ9, PRIVACY));
    assertThat(desk.findElement(By.id("intake-forms")).getText()).contains(PHQ9, PRIVACY);

    String link = foyer.url(invitationLinkFor(email));
    phone = Browser.open(390, 844);
    phone.get(link);
    assertThat(phone.findElement(By.id("invitee-email")).getText()).isEqualTo(email);
    phone.findElement(By.id("password")).sendKeys(password);
    phone.findElement(By.id("confirmation")).sendKeys(password);
    click(phone, phone.findElement(By.id("consent")));
    click(phone, phone.findElement(By.id("accept-button")));
    assertThat(phone.getCurrentUrl()).endsWith("/p/demo/portal/home");
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
    phone.findElement(By.id("back-to-forms")).click();

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
    String documentHash = "";
    for (String review : reviews) {
      desk.get(review);
      List<WebElement> signatures = desk.findElements(By.cssSelector("#signatures code"));
      if (!signatures.isEmpty()) {
        documentHash = signatures.get(0).getText();
      }
      desk.findElement(By.id("acknowledge")).click();
      assertThat(desk.findElement(By.id("acknowledged")).isDisplayed()).isTrue();
    }
    assertThat(documentHash).matches("[0-9a-f]{64}");

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
    byte[] pdf = download(packetLink.getAttribute("href"));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains(PHQ9, "Signature certificate", "Noor Haddad" + suffix);
      assertThat(text.replaceAll("\\s", "")).contains(documentHash);
    }
  }

  private void signInAsAdministrator() throws InterruptedException {
    SignInPageObject signIn = SignInPageObject.open(desk, foyer, "demo");
    signIn.enterPassword(DemoPractice.ADMIN, DemoPractice.PASSWORD);
    signIn.enterCode(DemoAdministratorCodes.next(foyer));
    assertThat(new StaffHomePageObject(desk).isShown()).isTrue();
  }

  private String createClient(String first, String last, String email) {
    desk.get(foyer.url("/p/demo/staff/client"));
    desk.findElement(By.id("legalFirstName")).sendKeys(first);
    desk.findElement(By.id("legalLastName")).sendKeys(last);
    desk.findElement(By.id("email")).sendKeys(email);
    desk.findElement(By.id("dateOfBirth")).sendKeys("05021991");
    desk.findElement(By.id("save")).click();
    assertThat(desk.findElement(By.id("saved")).getText()).contains("Saved");
    return desk.getCurrentUrl();
  }

  /** Invites the client as themselves with the default packet trimmed to the given forms. */
  private void invite(String email, List<String> keep) {
    desk.findElement(By.id("invite-email")).sendKeys(email);
    new Select(desk.findElement(By.id("invite-relationship"))).selectByValue("SELF");
    for (WebElement box : desk.findElements(By.cssSelector("#packet-items input[type=checkbox]"))) {
      String label =
          desk.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText();
      if (box.isSelected() != keep.contains(label)) {
        click(desk, box);
      }
    }
    click(desk, desk.findElement(By.id("send-packet")));
  }

  /** The invitation link in the development mail viewer's newest message to this address. */
  private String invitationLinkFor(String email) {
    desk.get(foyer.url("/p/demo/dev/mail"));
    for (WebElement mail : desk.findElements(By.cssSelector("article.foyer-mail"))) {
      String text = mail.getAttribute("textContent");
      Matcher link = INVITATION_LINK.matcher(text);
      if (text.contains(email) && link.find()) {
        return link.group(1);
      }
    }
    throw new AssertionError("No invitation mail to " + email + " was captured");
  }

  /** Downloads with the administrator's session, as the browser's link would. */
  private byte[] download(String url) throws Exception {
    Cookie session = desk.manage().getCookieNamed("FOYER_SESSION");
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Cookie", "FOYER_SESSION=" + session.getValue())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    return response.body();
  }

  private static void click(ChromeDriver driver, WebElement element) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  private static void screenshot(ChromeDriver driver, String name) throws Exception {
    Path directory = Path.of("target", "screenshots");
    Files.createDirectories(directory);
    Files.write(directory.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }
}

package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Contact Network as a practice and two parents live it: staff add both parents of a minor
 * through the Contacts section with different permissions; the parent with two children switches
 * between them and sees each child's own lists; the parent without document or billing permission
 * is offered no documents, billing or insurance and finds none by address (pages and API); staff
 * revoke that parent while they are signed in, and their very next request for the child answers as
 * if it did not exist.
 */
class ContactNetworkStoryIT {

  static final String NOT_FOUND = "couldn't find that page";

  BundledFoyer foyer;
  ChromeDriver desk;
  ChromeDriver parentA;
  ChromeDriver parentB;
  final String suffix = UUID.randomUUID().toString().substring(0, 6);

  @BeforeEach
  void start() throws Exception {
    foyer = BundledFoyer.get();
  }

  @AfterEach
  void close() {
    for (ChromeDriver driver : new ChromeDriver[] {desk, parentA, parentB}) {
      if (driver != null) {
        driver.quit();
      }
    }
  }

  @Test
  void twoParentsWithDifferentPermissionsAndARevocationWhileSignedIn() throws Exception {
    String emailA = "ada." + suffix + "@example.org";
    String emailB = "ben." + suffix + "@example.org";
    String mila = "Mila Lake" + suffix;
    String leo = "Leo Lake" + suffix;
    desk = Browser.open(1280, 1000);
    IntakeInvitationPageObject staff =
        new IntakeInvitationPageObject(desk, foyer).signInAsAdministrator();
    String milaPage = createMinor("Mila", "Lake" + suffix);
    String milaId = milaPage.replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");
    sendAForm();
    String leoPage = createMinor("Leo", "Lake" + suffix);

    desk.get(milaPage);
    addContact("Ada Lake", emailA, null);
    addContact("Ben Lake", emailB, "FORMS");
    assertThat(row("Ben Lake").getText()).contains("Parent", "May view and complete forms");
    assertThat(row("Ada Lake").getText()).contains("Everything for this client");
    scrollTo(desk, "contacts");
    StoryChecks.visited(desk, "network-staff-added-both-parents");
    invite("Ada Lake");
    invite("Ben Lake");
    String linkA = foyer.url(staff.invitationLinkFor(emailA));
    String linkB = foyer.url(staff.invitationLinkFor(emailB));

    parentA = StoryChecks.phone();
    IntakeInvitationPageObject.accept(parentA, linkA, emailA, "harbor-ember-quill-a" + suffix);
    desk.get(leoPage);
    addContact("Ada Lake", emailA, null);
    invite("Ada Lake");

    parentA.get(foyer.url("/p/demo/portal/home"));
    switchTo(parentA, mila + " (Parent)");
    assertThat(text(parentA, "current-profile")).isEqualTo(mila + " (Parent)");
    assertThat(parentA.findElement(By.id("form-list")).getText()).isNotBlank();
    assertThat(parentA.findElements(By.id("documents-link"))).hasSize(1);
    StoryChecks.visited(parentA, "network-parent-a-mila-phone");
    switchTo(parentA, leo + " (Parent)");
    assertThat(text(parentA, "current-profile")).isEqualTo(leo + " (Parent)");
    assertThat(parentA.findElements(By.id("no-forms"))).as("Leo has no forms").hasSize(1);
    StoryChecks.visited(parentA, "network-parent-a-leo-phone");
    StoryChecks.clickToLoad(parentA, parentA.findElement(By.id("documents-link")));
    assertThat(text(parentA, "acting-for")).contains(leo + " (Parent)");
    assertThat(text(parentA, "documents-for")).contains(leo);
    StoryChecks.visited(parentA, "network-parent-a-leo-documents-phone");

    parentB = StoryChecks.phone();
    IntakeInvitationPageObject.accept(parentB, linkB, emailB, "harbor-ember-quill-b" + suffix);
    assertThat(text(parentB, "current-profile")).isEqualTo(mila + " (Parent)");
    assertThat(parentB.findElements(By.id("documents-link")))
        .as("no documents are offered without the permission")
        .isEmpty();
    WebElement formLink = parentB.findElement(By.cssSelector("#form-list a"));
    String formUrl = formLink.getAttribute("href");
    StoryChecks.visited(parentB, "network-parent-b-home-phone");
    assertThat(parentB.findElements(By.id("billing-link")))
        .as("no billing or insurance is offered without the billing permission")
        .isEmpty();
    assertThat(parentB.findElements(By.id("insurance-link"))).isEmpty();
    parentB.get(foyer.url("/p/demo/portal/documents"));
    assertThat(parentB.getPageSource()).contains(NOT_FOUND);
    for (String billingPage :
        List.of(
            "/p/demo/portal/billing",
            "/p/demo/portal/insurance",
            "/p/demo/portal/billing/receipt?id=" + milaId)) {
      parentB.get(foyer.url(billingPage));
      assertThat(parentB.getPageSource()).as(billingPage).contains(NOT_FOUND);
    }
    for (String billingApi :
        List.of(
            "/api/p/demo/portal/billing?client=" + milaId,
            "/api/p/demo/clients/" + milaId + "/ledger")) {
      assertThat(StoryChecks.fetch(parentB, foyer.url(billingApi)).statusCode())
          .as(billingApi)
          .isEqualTo(404);
    }
    parentB.get(foyer.url("/api/p/demo/clients/" + milaId + "/documents"));
    assertThat(parentB.getPageSource()).contains("404");
    parentB.get(formUrl);
    assertThat(parentB.getPageSource()).doesNotContain(NOT_FOUND);
    assertThat(text(parentB, "acting-for")).contains(mila + " (Parent)");
    StoryChecks.visited(parentB, "network-parent-b-form-phone");

    desk.get(milaPage);
    WebElement revoke = row("Ben Lake").findElement(By.cssSelector("[id$='revoke-contact']"));
    StoryChecks.clickToLoad(desk, revoke);
    assertThat(desk.findElement(By.id("contact-notice")).getText())
        .contains("Ben Lake can no longer use the portal for this client.");

    parentB.get(formUrl);
    assertThat(parentB.getPageSource())
        .as("the revoked parent's next request for the child")
        .contains(NOT_FOUND);
    StoryChecks.screenshot(parentB, "network-parent-b-revoked-phone");
    parentB.get(foyer.url("/p/demo/portal/home"));
    assertThat(parentB.findElements(By.id("current-profile"))).isEmpty();
    assertThat(parentB.getPageSource()).doesNotContain(mila);
    StoryChecks.visited(parentB, "network-parent-b-home-after-revoke-phone");
  }

  /**
   * Issue 13: staff send a form naming both parents as its signers, in order; the first parent
   * fills it in and signs on her phone; the second sees "Review and sign", reviews the locked
   * answers and signs (drawn); the certificate of the completed PDF lists both signatures.
   */
  @Test
  void bothParentsSignAFormInTurnAndTheCertificateListsBoth() throws Exception {
    String emailA = "ivy." + suffix + "@example.org";
    String emailB = "jon." + suffix + "@example.org";
    desk = Browser.open(1280, 1000);
    IntakeInvitationPageObject staff =
        new IntakeInvitationPageObject(desk, foyer).signInAsAdministrator();
    String zoePage = createMinor("Zoe", "Lake" + suffix);
    addContact("Ivy Lake", emailA, null);
    addContact("Jon Lake", emailB, null);
    invite("Ivy Lake");
    invite("Jon Lake");
    parentA = StoryChecks.phone();
    IntakeInvitationPageObject.accept(
        parentA,
        foyer.url(staff.invitationLinkFor(emailA)),
        emailA,
        "harbor-ember-quill-i" + suffix);
    parentB = StoryChecks.phone();
    IntakeInvitationPageObject.accept(
        parentB,
        foyer.url(staff.invitationLinkFor(emailB)),
        emailB,
        "harbor-ember-quill-j" + suffix);

    desk.get(zoePage);
    new Select(desk.findElement(By.id("single-form")))
        .selectByValue("pack:foyer-default:privacy-notice-acknowledgment");
    new WebDriverWait(desk, Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector("#form-signers select")).size() >= 2);
    List<WebElement> places = desk.findElements(By.cssSelector("#form-signers select"));
    new Select(places.get(0)).selectByVisibleText("Ivy Lake (Parent)");
    new Select(places.get(1)).selectByVisibleText("Jon Lake (Parent)");
    scrollTo(desk, "form-signers");
    StoryChecks.visited(desk, "signers-staff-names-both-parents");
    sendAForm();

    parentB.get(foyer.url("/p/demo/portal/home"));
    assertThat(parentB.findElement(By.id("form-list")).getText())
        .contains("Waiting for Ivy Lake to sign first");
    PortalFormPageObject second = new PortalFormPageObject(parentB);
    second.open("Privacy");
    assertThat(text(parentB, "waiting-for-signer"))
        .contains("Waiting for Ivy Lake to fill in and sign this form first");
    assertThat(parentB.findElements(By.id("f-signature"))).isEmpty();
    StoryChecks.visited(parentB, "signers-second-parent-too-early-phone");

    parentA.get(foyer.url("/p/demo/portal/home"));
    PortalFormPageObject first = new PortalFormPageObject(parentA);
    first.open("Privacy");
    first
        .choose("receivedHow", "portal")
        .choose("acknowledges", "true")
        .type("f-signature", "Ivy Lake");
    if (first.value("f-signedOn").isEmpty()) {
      parentA.executeScript(
          "document.getElementById('f-signedOn').value = new Date().toISOString().slice(0, 10);");
    }
    first.submit();
    assertThat(text(parentA, "next-signer")).contains("Next, Jon Lake signs it");
    StoryChecks.visited(parentA, "signers-first-parent-signed-phone");
    parentA.get(foyer.url("/p/demo/portal/home"));
    assertThat(parentA.findElement(By.id("form-list")).getText())
        .contains("Waiting for Jon Lake to sign");
    StoryChecks.visited(parentA, "signers-first-parent-waits-phone");

    parentB.get(foyer.url("/p/demo/portal/home"));
    assertThat(parentB.findElement(By.id("form-list")).getText())
        .contains("Ready for your signature", "Review and sign");
    StoryChecks.visited(parentB, "signers-second-parent-home-phone");
    second.open("Privacy");
    assertThat(text(parentB, "review-and-sign")).isEqualTo("Review and sign");
    assertThat(parentB.findElements(By.id("f-receivedHow-portal")))
        .as("the answers are shown, not offered for change")
        .isEmpty();
    assertThat(text(parentB, "submitted-answers")).isNotBlank();
    parentB.findElement(By.id("sign-typed-name")).sendKeys("Jon Lake");
    StoryChecks.drawSignature(
        parentB, parentB.findElement(By.cssSelector("#sign-form .foyer-signature-canvas")));
    StoryChecks.visited(parentB, "signers-second-parent-review-and-sign-phone");
    StoryChecks.clickToLoad(parentB, parentB.findElement(By.id("sign-button")));
    assertThat(text(parentB, "received")).contains("Privacy");

    desk.get(zoePage);
    WebElement review =
        desk.findElements(By.cssSelector("#intake-forms tbody tr")).stream()
            .filter(tr -> tr.getText().contains("Privacy"))
            .map(tr -> tr.findElement(By.cssSelector("a[id^='review-']")))
            .findFirst()
            .orElseThrow();
    StoryChecks.clickToLoad(desk, review);
    assertThat(text(desk, "signatures")).contains("Ivy Lake", "Jon Lake", "(drawn)");
    StoryChecks.visited(desk, "signers-staff-review-both-signatures");
    byte[] pdf =
        staff.download(
            desk.findElement(By.id("download-pdf")).getAttribute("href"), "application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String certificate = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(certificate).contains("Signature certificate", emailA, emailB);
      assertThat(certificate.indexOf(emailA)).isLessThan(certificate.indexOf(emailB));
    }
  }

  /**
   * Issue 13: a practice form asks for the clinician's countersignature; a parent signs it in the
   * portal, and the administrator countersigns on the review page by typing and drawing with a
   * pointer; the last signature submits the form and the certificate lists both.
   */
  @Test
  void theClinicianCountersignsOnTheReviewPageAfterTheParent() throws Exception {
    String emailA = "kit." + suffix + "@example.org";
    String title = "Treatment plan " + suffix;
    desk = Browser.open(1280, 1000);
    IntakeInvitationPageObject staff =
        new IntakeInvitationPageObject(desk, foyer).signInAsAdministrator();
    FormBuilderPageObject builder =
        FormBuilderPageObject.newIntakeForm(desk, foyer, "demo")
            .title(title)
            .addQuestion("short-text", "Goal for the next three months")
            .addQuestion("signature", "Parent or guardian signature")
            .lastSignedBy("A parent or guardian, on the client's behalf")
            .addQuestion("signature", "Clinician countersignature")
            .lastSignedBy("The clinician, countersigning after the client's side")
            .save();
    assertThat(builder.lastSigner())
        .isEqualTo("The clinician, countersigning after the client's side");
    builder.publish();
    assertThat(builder.messages()).contains("Published version 1");

    String pagePath = createMinor("Ari", "Lake" + suffix);
    addContact("Kit Lake", emailA, null);
    invite("Kit Lake");
    parentA = StoryChecks.phone();
    IntakeInvitationPageObject.accept(
        parentA,
        foyer.url(staff.invitationLinkFor(emailA)),
        emailA,
        "harbor-ember-quill-k" + suffix);
    desk.get(pagePath);
    new Select(desk.findElement(By.id("single-form"))).selectByVisibleText(title);
    new WebDriverWait(desk, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("#form-signers select")).isEmpty());
    sendAForm();

    parentA.get(foyer.url("/p/demo/portal/home"));
    PortalFormPageObject form = new PortalFormPageObject(parentA);
    form.open("Treatment plan");
    assertThat(parentA.findElement(By.cssSelector(".foyer-countersigned")).getText())
        .contains("The clinician countersigns here");
    form.type("f-q1", "Sleep through the night").type("f-q2", "Kit Lake").submit();
    assertThat(text(parentA, "next-signer")).contains("Next, the clinician signs it");
    StoryChecks.visited(parentA, "signers-parent-signed-before-countersignature-phone");

    desk.get(pagePath);
    WebElement view =
        desk.findElements(By.cssSelector("#intake-forms tbody tr")).stream()
            .filter(tr -> tr.getText().contains(title))
            .map(tr -> tr.findElement(By.cssSelector("a[id^='review-']")))
            .findFirst()
            .orElseThrow();
    StoryChecks.clickToLoad(desk, view);
    assertThat(text(desk, "awaiting-signature")).contains("Waiting for the clinician to sign");
    desk.findElement(By.id("countersign-typed-name")).sendKeys("Harbor Admin");
    StoryChecks.drawSignature(
        desk, desk.findElement(By.cssSelector("#countersign .foyer-signature-canvas")));
    StoryChecks.visited(desk, "signers-clinician-countersigns");
    StoryChecks.clickToLoad(desk, desk.findElement(By.id("countersign-button")));
    assertThat(desk.findElement(By.tagName("main")).getText())
        .contains("Countersigned; the form is submitted");
    assertThat(text(desk, "signatures")).contains("Kit Lake", "Harbor Admin", "(drawn)");
    assertThat(desk.findElements(By.id("countersign-button"))).isEmpty();
    StoryChecks.visited(desk, "signers-clinician-countersigned");
    byte[] pdf =
        staff.download(
            desk.findElement(By.id("download-pdf")).getAttribute("href"), "application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String certificate = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(certificate).contains("Signature certificate", emailA, "Harbor Admin");
    }
  }

  @Test
  void staffReviewTheParentsOfAClientWhoTurned18() throws Exception {
    String noa = "Noa Lake" + suffix;
    desk = Browser.open(1280, 1000);
    new IntakeInvitationPageObject(desk, foyer).signInAsAdministrator();
    java.time.LocalDate born = java.time.LocalDate.now().minusYears(18).minusDays(2);
    createClient(
        "Noa",
        "Lake" + suffix,
        born.format(java.time.format.DateTimeFormatter.ofPattern("MMddyyyy")));
    addContact("Cy Lake", "cy." + suffix + "@example.org", "DOCUMENTS");

    desk.get(foyer.url("/p/demo/staff/home"));
    assertThat(text(desk, "attention-turned-18-heading"))
        .startsWith("Turned 18: review contacts (");
    StoryChecks.clickToLoad(desk, desk.findElement(By.id("attention-turned-18-link")));
    WebElement waiting = turned18(noa);
    assertThat(waiting.getText())
        .contains("Turned 18 on", "Cy Lake", "Parent", "May view documents", "Mark review done");
    StoryChecks.visited(desk, "network-staff-turned-18-list");

    StoryChecks.clickToLoad(desk, waiting.findElement(By.cssSelector("[id$='mark-reviewed']")));
    assertThat(text(desk, "turned-18-notice"))
        .contains("Review done for " + noa + ". Their contacts stay as they are now.");
    assertThat(desk.findElements(By.cssSelector("#turned-18-list > li")))
        .noneMatch(li -> li.getText().contains(noa));
    StoryChecks.visited(desk, "network-staff-turned-18-reviewed");
  }

  private WebElement turned18(String name) {
    return desk.findElements(By.cssSelector("#turned-18-list > li")).stream()
        .filter(li -> li.getText().contains(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("Not on the Turned 18 list: " + name));
  }

  private static void scrollTo(ChromeDriver driver, String id) {
    driver.executeScript(
        "arguments[0].scrollIntoView({block: 'start'});", driver.findElement(By.id(id)));
  }

  /** Creates a minor client and returns their page's address. */
  private String createMinor(String first, String last) {
    return createClient(first, last, "03142015");
  }

  /** Creates a client born on the date as typed (month, day, year) and returns their page. */
  private String createClient(String first, String last, String born) {
    desk.get(foyer.url("/p/demo/staff/client"));
    desk.findElement(By.id("legalFirstName")).sendKeys(first);
    desk.findElement(By.id("legalLastName")).sendKeys(last);
    desk.findElement(By.id("dateOfBirth")).sendKeys(born);
    StoryChecks.clickToLoad(desk, desk.findElement(By.id("save")));
    assertThat(desk.findElement(By.id("saved")).getText()).contains("Saved");
    return desk.getCurrentUrl();
  }

  private void sendAForm() {
    StoryChecks.clickToLoad(desk, desk.findElement(By.id("send-form")));
  }

  /** Adds a parent: with the usual permissions, or with only the one named. */
  private void addContact(String name, String email, String onlyPermission) {
    desk.findElement(By.id("contact-name")).sendKeys(name);
    desk.findElement(By.id("contact-email")).sendKeys(email);
    new Select(desk.findElement(By.id("contact-relationship"))).selectByValue("PARENT");
    WebElement usual = desk.findElement(By.id("contact-usual"));
    if (usual.isSelected() != (onlyPermission == null)) {
      StoryChecks.clickInView(desk, usual);
    }
    if (onlyPermission != null) {
      StoryChecks.clickInView(
          desk,
          desk.findElement(
              By.cssSelector("#contact-permissions input[value='" + onlyPermission + "']")));
    }
    StoryChecks.clickToLoad(desk, desk.findElement(By.id("save-contact")));
    assertThat(desk.findElement(By.id("contact-notice")).getText()).contains("Added " + name);
  }

  private void invite(String name) {
    StoryChecks.clickToLoad(desk, row(name).findElement(By.cssSelector("[id$='invite-contact']")));
    assertThat(desk.findElement(By.id("contact-notice")).getText()).isNotBlank();
  }

  private WebElement row(String name) {
    return desk.findElements(By.cssSelector("#contact-list tbody tr")).stream()
        .filter(tr -> tr.getText().contains(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No contact row for " + name));
  }

  private static void switchTo(ChromeDriver phone, String label) {
    new Select(phone.findElement(By.id("profile"))).selectByVisibleText(label);
    StoryChecks.clickToLoad(phone, phone.findElement(By.id("switch-profile")));
  }

  private static String text(ChromeDriver driver, String id) {
    return driver.findElement(By.id(id)).getText();
  }
}

package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.foyer.demo.DemoPractice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The money side of the portal, on a phone. Insurance: Jordan adds their insurance on a phone with
 * a photo of the card's front: a first try with the member ID mistyped is refused with what was
 * typed still in place; the administrator finds the policy on Jordan's client page and the photo in
 * General Documents, and sends it back asking for the back of the card; Jordan reads the request in
 * the portal and sends the back, which returns the policy to the practice. Billing: Jordan pays the
 * practice's invoice through the test processor's own card form, first with a card that is declined
 * (the amount stays), then with one whose bank asks them to confirm, which they do not (nothing is
 * taken), then with a good one; reads the receipt in the portal and in the mail; saves a card and
 * turns on autopay, then turns it off again and removes the card.
 */
class InsuranceStoryIT {

  BundledFoyer foyer;
  ChromeDriver jordan;
  ChromeDriver admin;
  Path card;
  final String payer = "Blue Harbor Health " + UUID.randomUUID().toString().substring(0, 6);

  @BeforeEach
  void start() throws Exception {
    foyer = BundledFoyer.get();
  }

  @AfterEach
  void close() throws Exception {
    for (ChromeDriver driver : new ChromeDriver[] {jordan, admin}) {
      if (driver != null) {
        driver.quit();
      }
    }
    if (card != null) {
      Files.deleteIfExists(card);
    }
  }

  @Test
  void aClientSendsTheirCardFromAPhoneAndThePracticeAsksForTheBack() throws Exception {
    card = cardPhoto();
    jordan = StoryChecks.phone();
    SignInPageObject.open(jordan, foyer, "demo")
        .enterPassword("jordan.avery@demo.foyer.test", DemoPractice.PASSWORD);
    StoryChecks.clickToLoad(jordan, jordan.findElement(By.id("insurance-link")));
    assertThat(jordan.getCurrentUrl()).endsWith("/p/demo/portal/insurance");
    StoryChecks.visited(jordan, "insurance-1-client-page-phone");

    jordan.findElement(By.id("payerName")).sendKeys(payer);
    jordan.findElement(By.id("memberId")).sendKeys("XKJ/4471");
    jordan.findElement(By.id("subscriberName")).sendKeys("Jordan Avery");
    jordan.findElement(By.id("front")).sendKeys(card.toAbsolutePath().toString());
    StoryChecks.clickToLoad(jordan, jordan.findElement(By.id("send-policy")));
    assertThat(jordan.findElement(By.id("portal-insurance")).getText())
        .contains("Use the letters, digits and dashes of the member ID only")
        .contains("Choose the photos again");
    assertThat(jordan.findElement(By.id("payerName")).getAttribute("value")).isEqualTo(payer);
    assertThat(jordan.findElement(By.id("memberId")).getAttribute("value")).isEqualTo("XKJ/4471");
    StoryChecks.visited(jordan, "insurance-2-client-refused-keeps-typing-phone");

    WebElement memberId = jordan.findElement(By.id("memberId"));
    memberId.clear();
    memberId.sendKeys("XKJ-4471-02");
    jordan.findElement(By.id("front")).sendKeys(card.toAbsolutePath().toString());
    StoryChecks.clickToLoad(jordan, jordan.findElement(By.id("send-policy")));
    assertThat(jordan.getCurrentUrl()).endsWith("/p/demo/portal/insurance");
    assertThat(jordan.findElement(By.id("portal-insurance")).getText())
        .contains("Thank you: the practice will check your insurance");
    String listed = jordan.findElement(By.id("policies")).getText();
    assertThat(listed)
        .contains("Primary: " + payer, "Waiting for the practice to check it")
        .contains("Member ID XKJ-4471-02", "Card photos: front, no back");
    assertThat(jordan.findElement(By.id("payerName")).getAttribute("value"))
        .as("the form is empty again for another policy")
        .isEmpty();
    StoryChecks.visited(jordan, "insurance-3-client-sent-phone");

    admin = Browser.open(1280, 900);
    SignInPageObject.open(admin, foyer, "demo")
        .enterPassword(DemoPractice.ADMIN, DemoPractice.PASSWORD)
        .enterCode(DemoAdministratorCodes.next(foyer));
    admin.get(foyer.url("/p/demo/staff/clients"));
    StoryChecks.clickToLoad(
        admin,
        admin.findElement(
            By.xpath("//main//a[contains(@href, '/staff/client?id=')][contains(., 'Avery')]")));
    WebElement policy =
        admin.findElement(
            By.xpath("//section[@id='insurance']//article[h3[. = 'Primary: " + payer + "']]"));
    assertThat(policy.getText())
        .contains("Waiting for the practice to check it", "jordan.avery@demo.foyer.test");
    assertThat(admin.findElement(By.id("general-documents")).getText())
        .contains("Insurance card (front)");
    StoryChecks.visited(admin, "insurance-4-staff-client-page-desk");

    new Select(policy.findElement(By.cssSelector("select")))
        .selectByVisibleText("The practice asked for a correction");
    StoryChecks.clickToLoad(admin, policy.findElement(By.cssSelector("input[type=submit]")));
    assertThat(admin.findElement(By.tagName("main")).getText())
        .contains("Tell the client what to correct");
    policy =
        admin.findElement(
            By.xpath("//section[@id='insurance']//article[h3[. = 'Primary: " + payer + "']]"));
    new Select(policy.findElement(By.cssSelector("select")))
        .selectByVisibleText("The practice asked for a correction");
    policy
        .findElement(By.cssSelector("input[id$='note']"))
        .sendKeys("Please add a photo of the back of the card");
    StoryChecks.clickToLoad(admin, policy.findElement(By.cssSelector("input[type=submit]")));
    assertThat(admin.findElement(By.id("insurance")).getText())
        .contains("The practice asked for a correction")
        .contains("Please add a photo of the back of the card");
    StoryChecks.visited(admin, "insurance-5-staff-asked-for-back-desk");

    jordan.navigate().refresh();
    assertThat(
            jordan.findElements(
                By.xpath("//ul[@id='policies']/li[strong[. = 'Primary: " + payer + "']]")))
        .as("reloading after sending sends nothing again")
        .hasSize(1);
    assertThat(jordan.findElement(By.id("policies")).getText())
        .contains("The practice asked for a correction")
        .contains("Harbor Light Counseling says: Please add a photo of the back of the card");
    StoryChecks.visited(jordan, "insurance-6-client-reads-request-phone");

    WebElement asked =
        jordan.findElement(
            By.xpath("//ul[@id='policies']/li[strong[. = 'Primary: " + payer + "']]"));
    assertThat(asked.getText()).contains("Add a photo of the back of this card");
    asked
        .findElement(By.cssSelector("input[type=file]"))
        .sendKeys(card.toAbsolutePath().toString());
    StoryChecks.clickToLoad(jordan, asked.findElement(By.cssSelector("input[type=submit]")));
    assertThat(jordan.findElement(By.id("portal-insurance")).getText())
        .contains("the photo of the back of the card is sent");
    assertThat(
            jordan
                .findElement(
                    By.xpath("//ul[@id='policies']/li[strong[. = 'Primary: " + payer + "']]"))
                .getText())
        .contains("Waiting for the practice to check it", "Card photos: front, back")
        .doesNotContain("Please add a photo");
    StoryChecks.visited(jordan, "insurance-7-client-sent-back-phone");
  }

  @Test
  void aClientPaysAnInvoiceFromAPhoneSavesACardAndTurnsOnAutopay() throws Exception {
    jordan = StoryChecks.phone();
    SignInPageObject.open(jordan, foyer, "demo")
        .enterPassword("jordan.avery@demo.foyer.test", DemoPractice.PASSWORD);
    StoryChecks.clickToLoad(jordan, jordan.findElement(By.id("billing-link")));
    assertThat(jordan.getCurrentUrl()).endsWith("/p/demo/portal/billing");
    assertThat(text("balance")).contains("Balance to pay: $150.00");
    assertThat(text("invoices")).contains("Sent", "to pay $150.00");
    assertThat(jordan.findElement(By.id("amount")).getAttribute("value")).isEqualTo("150.00");
    StoryChecks.visited(jordan, "billing-1-client-balance-phone");

    StoryChecks.clickToLoad(jordan, jordan.findElement(By.id("pay-new-card")));
    assertThat(jordan.getCurrentUrl()).contains("/test-processor/card/");
    assertThat(jordan.findElement(By.tagName("body")).getText())
        .contains("Test card processor", "Pay $150.00 to Harbor Light Counseling");
    StoryChecks.visited(jordan, "billing-2-test-processor-card-form-phone");
    typeCard("4000 0000 0000 0002");
    assertThat(jordan.getCurrentUrl()).contains("/p/demo/portal/billing");
    assertThat(text("portal-billing"))
        .contains("Your card was declined. Nothing was charged. The amount is kept below");
    assertThat(jordan.findElement(By.id("amount")).getAttribute("value")).isEqualTo("150.00");
    assertThat(text("balance")).contains("$150.00");
    StoryChecks.visited(jordan, "billing-3-declined-amount-kept-phone");

    // A card whose bank asks Jordan to confirm; they do not, and nothing is taken.
    StoryChecks.clickToLoad(jordan, jordan.findElement(By.id("pay-new-card")));
    typeCard("4000 0027 6000 3184");
    assertThat(jordan.getCurrentUrl()).contains("/test-processor/card/");
    assertThat(jordan.findElement(By.tagName("body")).getText())
        .contains("Confirm the payment", "Do not confirm");
    StoryChecks.visited(jordan, "billing-3b-bank-asks-to-confirm-phone");
    StoryChecks.clickToLoad(jordan, jordan.findElement(By.id("fail")));
    assertThat(jordan.getCurrentUrl()).contains("/p/demo/portal/billing");
    assertThat(text("portal-billing")).contains("The card's bank did not confirm the payment.");
    assertThat(text("balance")).contains("$150.00");
    StoryChecks.visited(jordan, "billing-3c-bank-not-confirmed-phone");

    StoryChecks.clickToLoad(jordan, jordan.findElement(By.id("pay-new-card")));
    typeCard("4242 4242 4242 4242");
    assertThat(jordan.getCurrentUrl()).contains("/p/demo/portal/billing/receipt?id=");
    assertThat(text("portal-receipt"))
        .contains("Thank you: your payment of $150.00 went through")
        .contains("Harbor Light Counseling", "$150.00", "Visa ending 4242", "Paid");
    StoryChecks.visited(jordan, "billing-4-receipt-phone");

    StoryChecks.clickToLoad(jordan, jordan.findElement(By.linkText("Back to billing")));
    assertThat(text("balance")).contains("Nothing to pay");
    assertThat(text("payments")).contains("Paid", "Not paid", "Your card was declined.");
    StoryChecks.visited(jordan, "billing-5-paid-phone");

    jordan.get(foyer.url("/p/demo/dev/mail"));
    String mail = text("dev-mail");
    assertThat(mail)
        .contains("Your payment receipt from Harbor Light Counseling")
        .contains("received your payment of $150.00", "from the card ending 4242")
        .doesNotContain("Individual therapy", "Dana Okafor");

    // A superbill of this month for Jordan's insurer, added to their documents.
    jordan.get(foyer.url("/p/demo/portal/billing"));
    StoryChecks.clickToLoad(jordan, jordan.findElement(By.id("get-superbill")));
    assertThat(jordan.getCurrentUrl()).endsWith("/p/demo/portal/documents");
    assertThat(text("document-list"))
        .contains("Superbill for ")
        .containsPattern("Invoice \\d+ of ");
    StoryChecks.visited(jordan, "billing-5b-superbill-in-documents-phone");
    assertThat(StoryChecks.documentText(jordan, "Superbill for "))
        .contains("Harbor Light Counseling", "Practice NPI 1234567893", "Tax id 36-1234567")
        .contains("F41.1 Generalized anxiety disorder")
        .contains("CPT 90834 Individual therapy", "Dana Okafor, NPI 1245319599", "$150.00");

    jordan.get(foyer.url("/p/demo/portal/billing"));
    assertThat(text("autopay-needs-card")).contains("Save a card first");
    StoryChecks.clickToLoad(jordan, jordan.findElement(By.id("save-card")));
    assertThat(jordan.findElement(By.tagName("h1")).getText())
        .isEqualTo("Save a card for Harbor Light Counseling");
    typeCard("5555 5555 5555 4444");
    assertThat(text("portal-billing"))
        .contains("Your card is saved: Mastercard ending 4444, expires 12/2034");
    assertThat(text("cards")).contains("Mastercard ending 4444");
    StoryChecks.visited(jordan, "billing-6-card-saved-phone");

    StoryChecks.clickToLoad(jordan, jordan.findElement(By.id("autopay-on-button")));
    assertThat(text("portal-billing")).contains("Tick the box to agree to the autopay terms");
    StoryChecks.clickInView(jordan, jordan.findElement(By.id("agree-autopay")));
    StoryChecks.clickToLoad(jordan, jordan.findElement(By.id("autopay-on-button")));
    assertThat(text("autopay-status"))
        .contains("Autopay is on with Mastercard ending 4444")
        .contains("agreed by jordan.avery@demo.foyer.test");
    StoryChecks.visited(jordan, "billing-7-autopay-on-phone");

    StoryChecks.clickToLoad(jordan, jordan.findElement(By.id("autopay-off")));
    assertThat(text("portal-billing")).contains("Autopay is off.");
    assertThat(jordan.findElements(By.id("autopay-status"))).isEmpty();
    assertThat(jordan.findElement(By.id("autopay-on-button")).isDisplayed())
        .as("autopay is offered again")
        .isTrue();
    StoryChecks.clickToLoad(
        jordan,
        jordan.findElement(By.cssSelector("#cards [aria-label^='Remove Mastercard ending 4444']")));
    assertThat(text("portal-billing"))
        .contains("The card is removed.", "Save a card first to turn on autopay.")
        .doesNotContain("autopay with it is off");
    assertThat(jordan.findElements(By.cssSelector("#cards li"))).isEmpty();
    StoryChecks.visited(jordan, "billing-8-card-removed-phone");
  }

  /** Types a test card into the test processor's form and sends it. */
  private void typeCard(String number) {
    jordan.findElement(By.id("number")).sendKeys(number);
    jordan.findElement(By.id("expiry")).sendKeys("12/34");
    jordan.findElement(By.id("cvc")).sendKeys("123");
    StoryChecks.clickToLoad(jordan, jordan.findElement(By.id("submit-card")));
  }

  private String text(String id) {
    return jordan.findElement(By.id(id)).getText();
  }

  /** A card photographed on a table: a light card with a coloured band and printed lines. */
  private static Path cardPhoto() throws Exception {
    BufferedImage image = new BufferedImage(856, 540, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(90, 80, 70));
    g.fillRect(0, 0, 856, 540);
    g.setColor(new Color(240, 244, 250));
    g.fillRoundRect(40, 40, 776, 460, 40, 40);
    g.setColor(new Color(31, 78, 121));
    g.fillRect(40, 100, 776, 60);
    g.setColor(new Color(60, 60, 60));
    for (int line = 0; line < 5; line++) {
      g.fillRect(80, 220 + line * 50, 300 + line * 40, 14);
    }
    g.dispose();
    Path file = Files.createTempFile("foyer-e2e-card-", ".png");
    assertThat(ImageIO.write(image, "png", file.toFile())).isTrue();
    return file;
  }
}

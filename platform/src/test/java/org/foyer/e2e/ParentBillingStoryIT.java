package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.foyer.demo.DemoPractice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Billing as a parent lives it on a phone. Casey, acting for Ella, finds Ella's invoice for last
 * Tuesday's session, saves a card through the card processor's own form, and pays part of the
 * invoice with it; the receipt says it was paid for Ella by Casey, and its PDF says the same and
 * names no service. Casey asks for this month's superbill for Ella's insurer and her statement, and
 * reads both. Switched to Theo, Casey finds no trace of Ella's billing: Ella's receipt and invoice,
 * asked for by address, do not exist. At the front desk, Riley sees Ella's balance and the ledger,
 * and takes the rest on the card Casey saved; Casey's list then shows the invoice paid, the second
 * payment taken by the practice.
 */
class ParentBillingStoryIT {

  static final String NOT_FOUND = "couldn't find that page";
  static final String CASEY = "casey.brooks@demo.foyer.test";

  BundledFoyer foyer;
  ChromeDriver casey;
  ChromeDriver riley;

  @BeforeEach
  void start() throws Exception {
    foyer = BundledFoyer.get();
  }

  @AfterEach
  void close() {
    for (ChromeDriver driver : new ChromeDriver[] {casey, riley}) {
      if (driver != null) {
        driver.quit();
      }
    }
  }

  @Test
  void aParentPaysPartOfAChildsInvoiceWithASavedCardAndTheDeskTakesTheRest() throws Exception {
    casey = StoryChecks.phone();
    SignInPageObject.open(casey, foyer, "demo").enterPassword(CASEY, DemoPractice.PASSWORD);
    switchTo("Ella Brooks (Parent)");
    StoryChecks.clickToLoad(casey, casey.findElement(By.id("billing-link")));
    assertThat(casey.getCurrentUrl()).endsWith("/p/demo/portal/billing");
    assertThat(text("acting-for")).contains("Ella Brooks");
    assertThat(text("balance")).contains("Balance to pay: $150.00");
    assertThat(text("invoices"))
        .containsPattern("Invoice \\d+ of ")
        .contains("Sent", "to pay $150.00");
    String ellasInvoice =
        casey.findElement(By.cssSelector("#invoice option")).getAttribute("value");
    assertThat(ellasInvoice).matches("[0-9a-f-]{36}");
    StoryChecks.visited(casey, "parent-billing-1-ellas-invoice-phone");

    StoryChecks.clickToLoad(casey, casey.findElement(By.id("save-card")));
    assertThat(casey.findElement(By.tagName("h1")).getText())
        .isEqualTo("Save a card for Harbor Light Counseling");
    StoryChecks.visited(casey, "parent-billing-2-processor-saves-card-phone");
    casey.findElement(By.id("number")).sendKeys("5555 5555 5555 4444");
    casey.findElement(By.id("expiry")).sendKeys("12/34");
    casey.findElement(By.id("cvc")).sendKeys("123");
    StoryChecks.clickToLoad(casey, casey.findElement(By.id("submit-card")));
    assertThat(text("portal-billing"))
        .contains("Your card is saved: Mastercard ending 4444, expires 12/2034");
    StoryChecks.visited(casey, "parent-billing-3-card-saved-phone");

    WebElement amount = casey.findElement(By.id("amount"));
    amount.clear();
    amount.sendKeys("sixty");
    StoryChecks.clickToLoad(casey, casey.findElement(By.id("pay-saved-card")));
    assertThat(text("portal-billing")).contains("Enter the amount to pay, such as 120.00");
    assertThat(casey.findElement(By.id("amount")).getAttribute("value"))
        .as("what Casey typed stays")
        .isEqualTo("sixty");
    assertThat(text("balance")).contains("$150.00");
    amount = casey.findElement(By.id("amount"));
    amount.clear();
    amount.sendKeys("60");
    new Select(casey.findElement(By.id("savedCard")))
        .selectByVisibleText("Mastercard ending 4444, expires 12/2034");
    StoryChecks.clickToLoad(casey, casey.findElement(By.id("pay-saved-card")));
    assertThat(casey.getCurrentUrl()).contains("/p/demo/portal/billing/receipt?id=");
    String receiptAddress = casey.getCurrentUrl();
    assertThat(words("portal-receipt"))
        .contains("Thank you: your payment of $60.00 went through")
        .contains("Paid for Ella Brooks", "Paid by " + CASEY)
        .contains("$60.00", "Mastercard ending 4444", "Paid");
    assertThat(text("receipt")).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
    StoryChecks.visited(casey, "parent-billing-4-receipt-phone");

    String receiptPdf = casey.findElement(By.id("receipt-pdf")).getAttribute("href");
    assertThat(StoryChecks.pdfText(casey, receiptPdf, "the receipt"))
        .contains("Harbor Light Counseling", "Receipt", "For Ella Brooks")
        .contains("Paid by " + CASEY, "Paid with Mastercard ending 4444", "Paid $60.00")
        .doesNotContain("Individual therapy", "F93.0", "Dana Okafor");

    StoryChecks.clickToLoad(casey, casey.findElement(By.linkText("Back to billing")));
    assertThat(text("balance")).contains("Balance to pay: $90.00");
    assertThat(text("invoices")).contains("Partly paid", "paid $60.00", "to pay $90.00");
    StoryChecks.visited(casey, "parent-billing-5-partly-paid-phone");

    StoryChecks.clickToLoad(casey, casey.findElement(By.id("get-superbill")));
    assertThat(casey.getCurrentUrl()).endsWith("/p/demo/portal/documents");
    assertThat(text("documents-for")).contains("Ella Brooks");
    StoryChecks.visited(casey, "parent-billing-6-superbill-in-ellas-documents-phone");
    assertThat(StoryChecks.documentText(casey, "Superbill for "))
        .contains("For Ella Brooks", "Date of birth 20 February 2014")
        .contains("F93.0 Separation anxiety disorder of childhood")
        .contains("CPT 90834 Individual therapy", "Dana Okafor, NPI 1245319599", "$150.00")
        .contains("Practice NPI 1234567893", "Tax id 36-1234567");

    casey.get(foyer.url("/p/demo/portal/billing"));
    StoryChecks.clickToLoad(casey, casey.findElement(By.id("get-statement")));
    assertThat(casey.getCurrentUrl()).endsWith("/p/demo/portal/documents");
    assertThat(StoryChecks.documentText(casey, "Statement for "))
        .contains("For Ella Brooks", "Charge: Individual therapy", "$150.00")
        .contains("Payment", "-$60.00", "Owed when the month ended $90.00");

    casey.get(foyer.url("/p/demo/dev/mail"));
    assertThat(text("dev-mail"))
        .contains("received your payment of $60.00", "from the card ending 4444");

    // Acting for Theo, nothing of Ella's billing is there, also by address.
    casey.get(foyer.url("/p/demo/portal/home"));
    switchTo("Theo Brooks (Parent)");
    casey.get(foyer.url("/p/demo/portal/billing"));
    assertThat(text("acting-for")).contains("Theo Brooks");
    assertThat(text("balance")).contains("Nothing to pay");
    assertThat(text("portal-billing")).doesNotContain("$60.00", "$150.00", "Mastercard");
    StoryChecks.visited(casey, "parent-billing-7-theo-has-no-invoices-phone");
    casey.get(receiptAddress);
    assertThat(casey.getPageSource())
        .as("Ella's receipt while acting for Theo")
        .contains(NOT_FOUND);
    assertThat(StoryChecks.fetch(casey, receiptPdf).statusCode())
        .as("Ella's receipt PDF while acting for Theo")
        .isEqualTo(404);
    assertThat(
            StoryChecks.fetch(casey, foyer.url("/api/p/demo/invoices/" + ellasInvoice))
                .statusCode())
        .as("Ella's invoice through the staff API")
        .isEqualTo(404);

    // The front desk sees the balance and the ledger, and takes the rest on Casey's saved card.
    riley = Browser.open(1280, 900);
    SignInPageObject.open(riley, foyer, "demo")
        .enterPassword("frontdesk@demo.foyer.test", DemoPractice.PASSWORD);
    riley.get(foyer.url("/p/demo/staff/clients"));
    StoryChecks.clickToLoad(riley, riley.findElement(By.partialLinkText("Ella")));
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("client-billing-link")));
    assertThat(riley.findElement(By.id("balance")).getText()).isEqualTo("Owes $90.00");
    assertThat(riley.findElement(By.id("ledger")).getText())
        .contains("Charge: $150.00", "Payment: $60.00", "Balance after: $90.00");
    StoryChecks.visited(riley, "parent-billing-8-desk-sees-ellas-account");
    riley.findElement(By.id("paymentAmount")).sendKeys("90");
    new Select(riley.findElement(By.id("paymentMethod")))
        .selectByVisibleText("Saved card: Mastercard ending 4444, expires 12/2034");
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("record-payment")));
    assertThat(riley.findElement(By.id("client-billing")).getText())
        .contains("Payment of $90.00 recorded.");
    assertThat(riley.findElement(By.id("balance")).getText()).isEqualTo("Nothing owed");
    assertThat(riley.findElement(By.id("invoices")).getText()).contains("Paid");
    StoryChecks.visited(riley, "parent-billing-9-desk-took-the-rest");

    casey.get(foyer.url("/p/demo/portal/home"));
    switchTo("Ella Brooks (Parent)");
    casey.get(foyer.url("/p/demo/portal/billing"));
    assertThat(text("balance")).contains("Nothing to pay");
    assertThat(text("invoices")).contains("Paid", "to pay $0.00");
    assertThat(text("payments")).contains("$90.00", "$60.00");
    StoryChecks.visited(casey, "parent-billing-10-ella-paid-phone");
    StoryChecks.clickToLoad(casey, casey.findElement(By.cssSelector("#payments li:first-child a")));
    assertThat(words("portal-receipt"))
        .contains("$90.00", "Paid for Ella Brooks", "Paid by The practice");
  }

  private void switchTo(String label) {
    new Select(casey.findElement(By.id("profile"))).selectByVisibleText(label);
    StoryChecks.clickToLoad(casey, casey.findElement(By.id("switch-profile")));
  }

  /** The element's text with its lines run together, as a label and its value read. */
  private String words(String id) {
    return text(id).replaceAll("\\s+", " ");
  }

  private String text(String id) {
    return casey.findElement(By.id(id)).getText();
  }
}

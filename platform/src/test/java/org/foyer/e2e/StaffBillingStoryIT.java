package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.foyer.demo.DemoPractice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The practice's side of billing at the front desk, on the desk's screen and on a phone: Riley
 * (front desk, who holds "billing") opens Priya's client record, follows it to her billing page,
 * charges a session by hand, drafts an invoice of it and sends it, and records part of it paid in
 * cash; the balance and the ledger follow each step. A refund of more than was paid is refused with
 * the amount Riley typed still in its box; Riley files the month's statement. Priya, on her phone,
 * finds the invoice and the statement among her documents and both PDFs say what happened. Dana, a
 * therapist without "billing", gets no link and finds the page's address not found.
 */
class StaffBillingStoryIT {

  BundledFoyer foyer;
  ChromeDriver riley;
  ChromeDriver dana;
  ChromeDriver priya;

  @BeforeEach
  void start() throws Exception {
    foyer = BundledFoyer.get();
  }

  @AfterEach
  void close() {
    for (ChromeDriver driver : new ChromeDriver[] {riley, dana, priya}) {
      if (driver != null) {
        driver.quit();
      }
    }
  }

  @Test
  void theFrontDeskInvoicesASessionTakesPartOfItInCashAndSeesTheBalance() throws Exception {
    riley = Browser.open(1280, 900);
    SignInPageObject.open(riley, foyer, "demo")
        .enterPassword("frontdesk@demo.foyer.test", DemoPractice.PASSWORD);
    riley.get(foyer.url("/p/demo/staff/clients"));
    StoryChecks.clickToLoad(riley, riley.findElement(By.partialLinkText("Natarajan")));
    riley.findElement(By.id("diagnosis-code")).sendKeys("41.1");
    riley.findElement(By.id("diagnosis-description")).sendKeys("Generalized anxiety disorder");
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("add-diagnosis")));
    assertThat(text(riley, "diagnosis-problems")).contains("such as F41.1");
    assertThat(riley.findElement(By.id("diagnosis-description")).getAttribute("value"))
        .isEqualTo("Generalized anxiety disorder");
    riley.findElement(By.id("diagnosis-code")).clear();
    riley.findElement(By.id("diagnosis-code")).sendKeys("f411");
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("add-diagnosis")));
    assertThat(text(riley, "diagnosis-list")).contains("F41.1", "Generalized anxiety disorder");
    StoryChecks.visited(riley, "staff-billing-0-diagnosis-added-desk");
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("client-billing-link")));
    assertThat(riley.getCurrentUrl()).contains("/p/demo/staff/client-billing?client=");
    String billingAddress = riley.getCurrentUrl();
    assertThat(text(riley, "client-billing")).contains("Billing: Priya Natarajan");
    assertThat(text(riley, "balance")).isEqualTo("Nothing owed");
    StoryChecks.visited(riley, "staff-billing-1-empty-account-desk");

    riley.findElement(By.id("chargeDescription")).sendKeys("Individual session, 3 December");
    riley.findElement(By.id("chargeAmount")).sendKeys("twelve");
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("add-charge")));
    assertThat(text(riley, "charge")).contains("Enter an amount such as 80 or 80.50.");
    assertThat(text(riley, "balance")).isEqualTo("Nothing owed");
    assertThat(riley.findElement(By.id("chargeDescription")).getAttribute("value"))
        .as("what was typed stays")
        .isEqualTo("Individual session, 3 December");
    riley.findElement(By.id("chargeAmount")).clear();
    riley.findElement(By.id("chargeAmount")).sendKeys("120");
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("add-charge")));
    assertThat(text(riley, "balance")).isEqualTo("Owes $120.00");
    assertThat(text(riley, "uninvoiced")).contains("Individual session, 3 December", "$120.00");
    StoryChecks.visited(riley, "staff-billing-2-charge-added-desk");

    StoryChecks.clickToLoad(riley, riley.findElement(By.id("invoice-charges")));
    assertThat(text(riley, "invoices")).contains("Draft of", "Draft", "to pay $120.00");
    assertThat(text(riley, "no-uninvoiced")).isEqualTo("Every charge is on an invoice.");
    StoryChecks.clickToLoad(riley, riley.findElement(By.cssSelector(".send-invoice")));
    assertThat(text(riley, "client-billing")).containsPattern("Invoice \\d+ sent\\.");
    assertThat(text(riley, "invoices")).containsPattern("Invoice \\d+ of ").contains("Sent");
    StoryChecks.visited(riley, "staff-billing-3-invoice-sent-desk");
    String sentName = riley.findElement(By.cssSelector("#invoices li strong")).getText();
    String number = sentName.replaceAll("^Invoice (\\d+) of .*$", "$1");
    assertThat(StoryChecks.mailTo(riley, foyer, "priya.n@demo.foyer.test", "A new invoice from"))
        .contains("Harbor Light Counseling sent you invoice " + number + " on ", "$120.00 to pay")
        .doesNotContain("Individual session");
    riley.get(billingAddress);

    riley.findElement(By.id("paymentAmount")).sendKeys("50");
    riley.findElement(By.id("paymentReference")).sendKeys("Desk receipt 0042");
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("record-payment")));
    assertThat(text(riley, "client-billing")).contains("Payment of $50.00 recorded.");
    assertThat(text(riley, "balance")).isEqualTo("Owes $70.00");
    assertThat(text(riley, "invoices")).contains("Partly paid", "paid $50.00", "to pay $70.00");
    assertThat(text(riley, "ledger"))
        .contains("Charge: $120.00", "Payment: $50.00", "Balance after: $70.00");
    StoryChecks.visited(riley, "staff-billing-4-partly-paid-desk");

    StoryChecks.clickToLoad(riley, riley.findElement(By.id("nav-invoices")));
    assertThat(text(riley, "owed-list"))
        .contains("Priya Natarajan", "Partly paid", "to pay $70.00");
    StoryChecks.visited(riley, "staff-billing-4b-invoices-to-be-paid-desk");
    riley.get(billingAddress);

    riley.findElement(By.id("refundPayment")).findElements(By.tagName("option")).get(1).click();
    riley.findElement(By.id("refundAmount")).sendKeys("80");
    riley.findElement(By.id("refundReason")).sendKeys("Overpaid");
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("record-refund")));
    assertThat(text(riley, "messages")).contains("at most what is left of the payment ($50.00)");
    assertThat(riley.findElement(By.id("refundAmount")).getAttribute("value")).isEqualTo("80");
    assertThat(text(riley, "balance")).isEqualTo("Owes $70.00");
    StoryChecks.visited(riley, "staff-billing-5-refund-refused-desk");

    new Select(riley.findElement(By.id("correctionKind"))).selectByValue("WRITE_OFF");
    riley.findElement(By.id("correctionAmount")).sendKeys("20");
    riley.findElement(By.id("correctionReason")).sendKeys("Sliding scale agreed");
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("record-correction")));
    assertThat(text(riley, "client-billing")).contains("Written off.");
    assertThat(text(riley, "balance")).isEqualTo("Owes $50.00");
    assertThat(text(riley, "ledger")).contains("Write-off: $20.00", "Balance after: $50.00");
    StoryChecks.visited(riley, "staff-billing-5b-written-off-desk");

    StoryChecks.clickToLoad(riley, riley.findElement(By.id("file-statement")));
    assertThat(text(riley, "messages"))
        .containsPattern("Statement for [A-Z][a-z]+ 2026 filed in the client's General Documents");

    riley.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
    riley.get(billingAddress);
    StoryChecks.visited(riley, "staff-billing-6-account-phone");

    // Priya keeps both on her phone: the invoice as it was sent and the month's statement.
    priya = StoryChecks.phone();
    SignInPageObject.open(priya, foyer, "demo")
        .enterPassword("priya.n@demo.foyer.test", DemoPractice.PASSWORD);
    priya.get(foyer.url("/p/demo/portal/documents"));
    String documents = text(priya, "document-list");
    assertThat(documents).containsPattern("Invoice \\d+ of ").contains("Statement for ");
    StoryChecks.visited(priya, "staff-billing-6b-client-documents-phone");
    String invoice = StoryChecks.documentText(priya, "Invoice ");
    assertThat(invoice)
        .containsPattern("Invoice number \\d+")
        .contains("Harbor Light Counseling", "For Priya Natarajan")
        .contains("Individual session, 3 December", "$120.00", "To pay $120.00");
    String statement = StoryChecks.documentText(priya, "Statement for ");
    assertThat(statement)
        .contains("Charge: Individual session, 3 December", "Payment")
        .contains("Owed when the month began $0.00", "Owed when the month ended $50.00");

    dana = Browser.open(1280, 900);
    SignInPageObject.open(dana, foyer, "demo")
        .enterPassword("dana.okafor@demo.foyer.test", DemoPractice.PASSWORD);
    dana.get(foyer.url("/p/demo/staff/clients"));
    StoryChecks.clickToLoad(dana, dana.findElement(By.partialLinkText("Natarajan")));
    assertThat(dana.findElements(By.id("client-billing-link"))).isEmpty();
    dana.get(billingAddress);
    assertThat(dana.findElement(By.tagName("body")).getText()).doesNotContain("Owes", "$70.00");
    assertThat(dana.getTitle()).containsIgnoringCase("not found");
  }

  @Test
  void theAdministratorSetsTheFeesAndSeesHowCardsAreTakenWithoutAnyKeyShown() throws Exception {
    riley = Browser.open(1280, 900);
    SignInPageObject.open(riley, foyer, "demo")
        .enterPassword(DemoPractice.ADMIN, DemoPractice.PASSWORD)
        .enterCode(DemoAdministratorCodes.next(foyer));
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("nav-billing-settings")));
    assertThat(text(riley, "processor-now")).startsWith("Now: Test processor (moves no money)");
    StoryChecks.visited(riley, "staff-billing-7-settings-desk");

    riley.findElement(By.id("noShowFee")).clear();
    riley.findElement(By.id("noShowFee")).sendKeys("forty");
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("save-fees")));
    assertThat(text(riley, "fees")).contains("Enter an amount such as 40 or 40.50, or 0.");
    assertThat(riley.findElement(By.id("noShowFee")).getAttribute("value")).isEqualTo("forty");
    riley.findElement(By.id("noShowFee")).clear();
    riley.findElement(By.id("noShowFee")).sendKeys("40");
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("save-fees")));
    assertThat(text(riley, "messages")).contains("Fees saved.");
    assertThat(riley.findElement(By.id("noShowFee")).getAttribute("value")).isEqualTo("40.00");

    // The demo's details are in place; a mistyped NPI is refused and the practice's stay as they
    // were (other stories print them on Jordan's superbill).
    assertThat(riley.findElement(By.id("taxId")).getAttribute("value")).isEqualTo("36-1234567");
    riley.findElement(By.id("npi")).clear();
    riley.findElement(By.id("npi")).sendKeys("1234567890");
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("save-identity")));
    assertThat(text(riley, "identity")).contains("its last digit checks the others");
    assertThat(riley.findElement(By.id("npi")).getAttribute("value")).isEqualTo("1234567890");
    riley.findElement(By.id("npi")).clear();
    riley.findElement(By.id("npi")).sendKeys("1234567893");
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("save-identity")));
    assertThat(text(riley, "messages")).contains("Superbill details saved.");
    assertThat(riley.findElement(By.id("taxId")).getAttribute("value")).isEqualTo("36-1234567");

    new org.openqa.selenium.support.ui.Select(riley.findElement(By.id("gateway")))
        .selectByValue("STRIPE");
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("save-processor")));
    assertThat(text(riley, "processor")).contains("Stripe needs the practice's secret key");
    assertThat(text(riley, "processor-now")).startsWith("Now: Test processor");
    StoryChecks.visited(riley, "staff-billing-8-stripe-needs-key-desk");
  }

  private static String text(ChromeDriver driver, String id) {
    return driver.findElement(By.id(id)).getText();
  }
}

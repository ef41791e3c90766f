package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.foyer.demo.DemoPractice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The practice's administrator, who reviews its audit log, checks who reached Priya Natarajan's
 * record: Riley at the front desk opened it, and Sam, a therapist without the audit permission,
 * tried to read its access history by typing the address and was refused. The history names them,
 * says what each did in plain words, in the practice's time, and marks Sam's attempt as refused;
 * the administrator's own reading shows at the top of the next. In the practice's audit log the
 * administrator narrows the week to Riley and checks that the chain is whole; Sam is refused that
 * page too. No raw ids reach either page, and a mistyped or unknown client id finds nothing.
 */
class AccessHistoryStoryIT {

  ChromeDriver riley;
  ChromeDriver sam;
  ChromeDriver admin;

  @AfterEach
  void close() {
    for (ChromeDriver driver : new ChromeDriver[] {riley, sam, admin}) {
      if (driver != null) {
        driver.quit();
      }
    }
  }

  @Test
  void theAdministratorSeesWhoReachedARecordAndARefusedAttempt() throws Exception {
    BundledFoyer foyer = BundledFoyer.get();
    riley = Browser.open(1280, 900);
    SignInPageObject.open(riley, foyer, "demo")
        .enterPassword("frontdesk@demo.foyer.test", DemoPractice.PASSWORD);
    riley.get(foyer.url("/p/demo/staff/clients"));
    StoryChecks.clickToLoad(riley, riley.findElement(By.partialLinkText("Natarajan")));
    String record = riley.getCurrentUrl();
    String clientId = record.replaceFirst(".*[?&]id=([0-9a-f-]{36}).*", "$1");
    assertThat(clientId).matches("[0-9a-f-]{36}");
    assertThat(riley.findElements(By.id("access-history-link")))
        .as("the desk does not review the audit log")
        .isEmpty();

    sam = Browser.open(1280, 900);
    SignInPageObject.open(sam, foyer, "demo")
        .enterPassword("sam.lindqvist@demo.foyer.test", DemoPractice.PASSWORD);
    sam.get(foyer.url("/p/demo/staff/access-history?client=" + clientId));
    String refusal = sam.findElement(By.tagName("body")).getText();
    assertThat(sam.getTitle()).startsWith("Not allowed");
    assertThat(refusal)
        .contains("This page needs a permission you don't have", "Nothing was shown or changed")
        .doesNotContain("Priya", "Riley Chen");
    assertThat(sam.findElement(By.id("practice-name")).getText())
        .isEqualTo("Harbor Light Counseling");
    StoryChecks.visited(sam, "access-history-0-refused-therapist");
    StoryChecks.clickToLoad(sam, sam.findElement(By.id("next-step")));
    assertThat(sam.getCurrentUrl()).endsWith("/p/demo/staff/home");

    admin = Browser.open(1280, 900);
    SignInPageObject.open(admin, foyer, "demo")
        .enterPassword(DemoPractice.ADMIN, DemoPractice.PASSWORD)
        .enterCode(DemoAdministratorCodes.next(foyer));
    admin.get(record);
    StoryChecks.clickToLoad(admin, admin.findElement(By.id("access-history-link")));
    assertThat(admin.findElement(By.tagName("h1")).getText())
        .isEqualTo("Access history: Priya Natarajan");
    String history = admin.findElement(By.id("access-list")).getText();
    assertThat(history)
        .contains("Riley Chen opened Priya Natarajan's record")
        .contains("Sam Lindqvist reviewed who reached Priya Natarajan's record")
        .containsPattern("\\d{1,2} [A-Z][a-z]{2} 20\\d\\d, \\d{2}:\\d{2} C[SD]T")
        .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-")
        .doesNotContain("RECORD_READ", "ACCESS_HISTORY");
    assertThat(
            admin
                .findElement(
                    By.xpath("//ul[@id='access-list']/li[contains(., 'Sam Lindqvist reviewed')]"))
                .getText())
        .as("Sam's attempt is marked as refused")
        .startsWith("Refused: Sam Lindqvist reviewed");
    assertThat(
            admin
                .findElement(
                    By.xpath("//ul[@id='access-list']/li[contains(., 'Riley Chen opened')]"))
                .getText())
        .doesNotContain("Refused");
    StoryChecks.visited(admin, "access-history-1-history-admin");

    admin.manage().window().setSize(new Dimension(360, 800));
    admin.navigate().refresh();
    assertThat(admin.findElement(By.id("access-list")).getText())
        .as("the administrator's own reading is at the top now")
        .startsWith("Morgan Reyes reviewed who reached Priya Natarajan's record");
    StoryChecks.visited(admin, "access-history-2-history-phone");

    admin.manage().window().setSize(new Dimension(1280, 900));
    StoryChecks.clickToLoad(admin, admin.findElement(By.id("nav-audit-log")));
    new Select(admin.findElement(By.id("person"))).selectByVisibleText("Riley Chen");
    StoryChecks.clickToLoad(admin, admin.findElement(By.id("show-log")));
    assertThat(admin.getCurrentUrl()).contains("person=frontdesk%40demo.foyer.test");
    String riley = admin.findElement(By.id("audit-list")).getText();
    assertThat(riley)
        .contains("Riley Chen signed in", "Riley Chen opened Priya Natarajan's record")
        .doesNotContain("Sam Lindqvist", "Morgan Reyes")
        .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
    StoryChecks.visited(admin, "access-history-3-audit-log-of-riley-admin");
    java.net.http.HttpResponse<byte[]> export =
        StoryChecks.fetch(admin, admin.findElement(By.id("export-log")).getAttribute("href"));
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(export.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(disposition -> assertThat(disposition).contains("audit-log-"));
    String csv = new String(export.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith("\uFEFFWhen,Who,What,Outcome,From\r\n")
        .contains("\"Riley Chen\",\"opened Priya Natarajan's record\",\"Done\"")
        .doesNotContain("Sam Lindqvist");
    StoryChecks.clickToLoad(admin, admin.findElement(By.id("check-chain")));
    assertThat(admin.findElement(By.id("messages")).getText())
        .startsWith("The audit chain is intact: ");
    assertThat(new Select(admin.findElement(By.id("person"))).getFirstSelectedOption().getText())
        .as("the check keeps what the log was narrowed to")
        .isEqualTo("Riley Chen");
    StoryChecks.visited(admin, "access-history-4-chain-intact-admin");
    sam.get(foyer.url("/p/demo/staff/audit-log"));
    assertThat(sam.getTitle()).startsWith("Not allowed");

    admin.get(foyer.url("/p/demo/staff/access-history?client=not-an-id"));
    assertThat(admin.getTitle()).containsIgnoringCase("not found");
    admin.get(foyer.url("/p/demo/staff/access-history?client=" + UUID.randomUUID()));
    assertThat(admin.getTitle()).containsIgnoringCase("not found");
  }
}

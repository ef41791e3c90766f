package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.foyer.demo.DemoPractice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo client on a phone keeps a draft across leaving the page, sends it and retracts it; then,
 * with her conversation open, the practice's answer appears on her page without a reload. Works in
 * the demo's one conversation and writes no links, so the other page sweeps find it as they expect.
 */
class LiveMessagesStoryIT {

  BundledFoyer foyer;
  ChromeDriver client;
  ChromeDriver staff;
  final String suffix = UUID.randomUUID().toString().substring(0, 6);

  @BeforeEach
  void start() throws Exception {
    foyer = BundledFoyer.get();
  }

  @AfterEach
  void close() {
    for (ChromeDriver driver : new ChromeDriver[] {client, staff}) {
      if (driver != null) {
        driver.quit();
      }
    }
  }

  @Test
  void aDraftIsKeptARetractionShowsAndAnAnswerArrivesWithoutReloading() throws Exception {
    client = StoryChecks.phone();
    SignInPageObject.open(client, foyer, "demo")
        .enterPassword("jordan.avery@demo.foyer.test", DemoPractice.PASSWORD);
    client.get(foyer.url("/p/demo/portal/messages"));
    // The demo's conversation about Thursday: other stories start conversations of their own.
    client
        .findElement(By.xpath("//ul[@id='conversation-list']//a[contains(., 'Thursday')]"))
        .click();
    String conversation = client.getCurrentUrl();

    String draft = "Half a thought " + suffix;
    client.findElement(By.id("reply-body")).sendKeys(draft);
    Thread.sleep(3000);
    client.get(foyer.url("/p/demo/portal/home"));
    client.get(conversation);
    assertThat(client.findElement(By.id("reply-body")).getAttribute("value")).isEqualTo(draft);

    StoryChecks.clickToLoad(client, client.findElement(By.id("send-reply")));
    assertThat(client.findElement(By.id("reply-body")).getAttribute("value")).isEmpty();
    // The newest of her messages is last: the demo's own may still be within the window too.
    java.util.List<WebElement> retractable =
        client.findElements(By.cssSelector("form.foyer-retract input[type=submit]"));
    WebElement retract = retractable.get(retractable.size() - 1);
    StoryChecks.clickToLoad(client, retract);
    assertThat(client.findElement(By.id("message-thread")).getText())
        .contains("Message retracted by")
        .doesNotContain(draft);
    StoryChecks.visited(client, "live-messages-retracted-phone");
    ((JavascriptExecutor) client).executeScript("window.foyerSamePage = 'yes';");

    staff = Browser.open(1280, 900);
    SignInPageObject.open(staff, foyer, "demo")
        .enterPassword(DemoPractice.ADMIN, DemoPractice.PASSWORD)
        .enterCode(DemoAdministratorCodes.next(foyer));
    staff.get(foyer.url("/p/demo/staff/messages"));
    staff
        .findElement(
            By.xpath(
                "//main//li/a[contains(@href, '/staff/messages?id=')][contains(., 'Thursday')]"))
        .click();
    assertThat(staff.findElement(By.id("message-thread")).getText())
        .contains("Message retracted by");
    String answer = "Noted, see you then " + suffix;
    staff.findElement(By.id("reply-body")).sendKeys(answer);
    StoryChecks.clickToLoad(staff, staff.findElement(By.id("send-reply")));

    new WebDriverWait(client, Duration.ofSeconds(40))
        .until(driver -> driver.findElement(By.id("message-thread")).getText().contains(answer));
    assertThat(((JavascriptExecutor) client).executeScript("return window.foyerSamePage;"))
        .as("the answer arrived without reloading the page")
        .isEqualTo("yes");
    StoryChecks.visited(client, "live-messages-answer-arrived-phone");
  }
}

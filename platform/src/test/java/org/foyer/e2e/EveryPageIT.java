package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.foyer.demo.DemoPractice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A sweep over every page each kind of person can reach from the navigation, so no page is left out
 * of the accessibility and phone-width checks because no story happens to pass it: the public
 * pages, the whole portal of an adult client and of a parent on a 360 px phone, and every staff
 * page the administrator's navigation offers, at a desk and on a tablet.
 */
class EveryPageIT {

  static final int TABLET_WIDTH = 768;

  BundledFoyer foyer;
  ChromeDriver browser;

  @BeforeEach
  void start() throws Exception {
    foyer = BundledFoyer.get();
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void publicPagesOnAPhone() throws Exception {
    browser = StoryChecks.phone();
    SignInPageObject.open(browser, foyer, "demo");
    StoryChecks.visited(browser, "every-page-sign-in-phone");
    browser.get(foyer.url("/p/no-such-practice/login"));
    assertThat(browser.getPageSource()).contains("couldn't find that page");
    StoryChecks.visited(browser, "every-page-unknown-practice-phone");
  }

  @Test
  void everyPortalPageOfAnAdultClientOnAPhone() throws Exception {
    browser = StoryChecks.phone();
    SignInPageObject.open(browser, foyer, "demo")
        .enterPassword("jordan.avery@demo.foyer.test", DemoPractice.PASSWORD);
    StoryChecks.visited(browser, "every-page-portal-home-phone");
    for (String page :
        List.of(
            "documents",
            "messages",
            "appointments",
            "billing",
            "insurance",
            "activity",
            "security")) {
      browser.get(foyer.url("/p/demo/portal/" + page));
      assertThat(browser.getCurrentUrl()).endsWith("/p/demo/portal/" + page);
      StoryChecks.visited(browser, "every-page-portal-" + page + "-phone");
    }
    browser.get(foyer.url("/p/demo/portal/messages"));
    browser
        .findElement(By.xpath("//ul[@id='conversation-list']//a[contains(., 'Thursday')]"))
        .click();
    assertThat(browser.findElement(By.id("message-thread")).getText()).contains("Thursday at 3 pm");
    assertThat(browser.findElements(By.cssSelector("#message-thread a[href^='https://']")))
        .hasSize(1);
    StoryChecks.visited(browser, "every-page-portal-conversation-phone");
    browser.get(foyer.url("/p/demo/portal/home"));
    List<String> forms = links(By.cssSelector("#form-list a"));
    assertThat(forms).as("the demo client has forms waiting").isNotEmpty();
    for (int index = 0; index < forms.size(); index++) {
      browser.get(forms.get(index));
      assertThat(browser.findElements(By.tagName("form"))).isNotEmpty();
      StoryChecks.visited(browser, "every-page-portal-form-" + (index + 1) + "-phone");
    }
  }

  @Test
  void portalHomeOfAParentOnAPhone() throws Exception {
    browser = StoryChecks.phone();
    SignInPageObject.open(browser, foyer, "demo")
        .enterPassword("casey.brooks@demo.foyer.test", DemoPractice.PASSWORD);
    assertThat(browser.getCurrentUrl()).endsWith("/p/demo/portal/home");
    StoryChecks.visited(browser, "every-page-portal-home-parent-phone");
  }

  @Test
  void everyStaffPageOfTheAdministratorAtADeskAndOnATablet() throws Exception {
    browser = Browser.open(1280, 900);
    SignInPageObject.open(browser, foyer, "demo")
        .enterPassword(DemoPractice.ADMIN, DemoPractice.PASSWORD)
        .enterCode(DemoAdministratorCodes.next(foyer));
    assertThat(browser.getCurrentUrl()).endsWith("/p/demo/staff/home");
    List<String> pages = links(By.cssSelector("nav a"));
    browser.get(foyer.url("/p/demo/staff/clients"));
    pages.add(foyer.url("/p/demo/staff/client"));
    pages.add(foyer.url("/p/demo/staff/turned-18"));
    pages.add(foyer.url("/p/demo/staff/availability"));
    pages.add(foyer.url("/p/demo/staff/admin/rooms"));
    pages.add(foyer.url("/p/demo/staff/booking-rules"));
    List<String> clientRecords =
        links(By.cssSelector("main a[href*='/staff/client?id=']")).stream().limit(2).toList();
    pages.addAll(clientRecords);
    clientRecords.forEach(
        record -> pages.add(record.replace("/staff/client?id=", "/staff/client-billing?client=")));
    browser.get(foyer.url("/p/demo/staff/messages"));
    pages.addAll(links(By.cssSelector("main li > a[href*='/staff/messages?id=']")));
    assertThat(pages).hasSizeGreaterThan(8);
    for (String page : pages) {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
      browser.get(page);
      String name =
          "every-page-"
              + pages.indexOf(page)
              + page.replaceAll(".*/p/demo/", "-").replaceAll("\\?.*", "").replaceAll("\\W+", "-");
      assertThat(browser.getPageSource()).doesNotContain("couldn't find that page");
      StoryChecks.visited(browser, name + "-desk");
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(TABLET_WIDTH, 1024));
      StoryChecks.assertNoSidewaysScroll(browser, name + " on a tablet");
    }
  }

  private List<String> links(By selector) {
    List<String> hrefs = new ArrayList<>();
    for (WebElement link : browser.findElements(selector)) {
      String href = link.getAttribute("href");
      if (href != null && href.startsWith(foyer.url("/p/demo/")) && !hrefs.contains(href)) {
        hrefs.add(href);
      }
    }
    return hrefs;
  }
}

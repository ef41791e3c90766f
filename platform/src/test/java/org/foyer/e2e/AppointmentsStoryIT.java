package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.foyer.demo.DemoPractice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Jordan books a session on their phone in the demo practice (which books instantly), the front
 * desk books another for this afternoon from the staff calendar, Jordan cancels that one inside the
 * 24-hour window and is told first that a late-cancellation fee may apply, and the desk finds
 * Jordan's own booking on the calendar. The booking mail says date, time and place, nothing else.
 *
 * <p>Two more of Dana's clients wait for an earlier time: Ella (through her parent Casey) and
 * Priya, each on a phone. Jordan's late cancellation frees this afternoon's time; both are mailed
 * the offer, Priya follows the mail's link and claims it, and Casey is mailed that it is gone and
 * sees Ella still on the list, which the desk sees too; Casey then takes Ella off it.
 */
class AppointmentsStoryIT {

  static final String JORDAN = "jordan.avery@demo.foyer.test";
  static final String PRIYA = "priya.n@demo.foyer.test";
  static final String CASEY = "casey.brooks@demo.foyer.test";
  static final Pattern APPOINTMENTS_LINK =
      Pattern.compile("https?://[^\\s<>\"']+/portal/appointments");
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  BundledFoyer foyer;
  ChromeDriver phone;
  ChromeDriver desk;
  ChromeDriver priya;
  ChromeDriver casey;

  @BeforeEach
  void start() throws Exception {
    foyer = BundledFoyer.get();
  }

  @AfterEach
  void close() {
    for (ChromeDriver driver : new ChromeDriver[] {phone, desk, priya, casey}) {
      if (driver != null) {
        driver.quit();
      }
    }
  }

  @Test
  void aClientBooksOnHerPhoneCancelsLateWithTheNoticeAndStaffSeeItOnTheCalendar() throws Exception {
    phone = StoryChecks.phone();
    SignInPageObject.open(phone, foyer, "demo").enterPassword(JORDAN, DemoPractice.PASSWORD);
    StoryChecks.clickToLoad(phone, phone.findElement(By.id("appointments-link")));
    assertThat(text(phone, "upcoming"))
        .as("the demo's booked session with Dana")
        .contains("Individual therapy with Dana Okafor", "Harbor office", "Booked");
    assertThat(text(phone, "appointments-for")).contains("Jordan Avery");
    StoryChecks.visited(phone, "appointments-1-portal");

    new Select(phone.findElement(By.id("service")))
        .selectByVisibleText("Individual therapy (50 minutes)");
    StoryChecks.clickToLoad(phone, phone.findElement(By.id("show-times")));
    List<WebElement> times = phone.findElements(By.cssSelector("input[name=slot]"));
    assertThat(times).as("open times with Dana this week or next").isNotEmpty();
    if (times.isEmpty()) {
      return;
    }
    StoryChecks.visited(phone, "appointments-2-open-times");
    WebElement chosen = times.get(0);
    String chosenLabel = chosen.findElement(By.xpath("..")).getText();
    StoryChecks.clickInView(phone, chosen);
    StoryChecks.clickToLoad(phone, phone.findElement(By.id("book-time")));
    assertThat(text(phone, "messages")).startsWith("Booked: ");
    assertThat(text(phone, "upcoming")).contains(chosenLabel.split("\\s")[0] + " C");
    StoryChecks.visited(phone, "appointments-3-booked");

    StoryChecks.clickToLoad(phone, phone.findElement(By.id("make-feed-button")));
    String feed = text(phone, "feed-address");
    StoryChecks.visited(phone, "appointments-3b-calendar-address");
    HttpResponse<String> calendar = fetch(feed);
    assertThat(calendar.statusCode()).isEqualTo(200);
    assertThat(calendar.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
    Calendar parsed = new CalendarBuilder().build(new StringReader(calendar.body()));
    List<VEvent> events = parsed.getComponents("VEVENT");
    assertThat(events)
        .as("the demo's Monday session and the one just booked")
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(
            event ->
                assertThat(event.getProperty("SUMMARY").map(p -> p.getValue()).orElse(""))
                    .isEqualTo("Appointment at Harbor Light Counseling"));
    StoryChecks.clickToLoad(phone, phone.findElement(By.cssSelector("#feed-list button")));
    assertThat(fetch(feed).statusCode()).as("a stopped address answers nothing").isEqualTo(404);

    desk = Browser.open(1024, 900);
    SignInPageObject.open(desk, foyer, "demo")
        .enterPassword("frontdesk@demo.foyer.test", DemoPractice.PASSWORD);
    desk.get(foyer.url("/p/demo/staff/appointments"));
    StoryChecks.visited(desk, "appointments-4-staff-calendar");
    ZonedDateTime soon = ZonedDateTime.now(CHICAGO).plusHours(3).withSecond(0).withNano(0);
    soon = soon.withMinute(soon.getMinute() - soon.getMinute() % 5);
    new Select(desk.findElement(By.id("book-client"))).selectByVisibleText("Jordan Avery");
    new Select(desk.findElement(By.id("book-clinician"))).selectByVisibleText("Dana Okafor");
    new Select(desk.findElement(By.id("book-service")))
        .selectByVisibleText("Individual therapy (50 minutes)");
    new Select(desk.findElement(By.id("book-location")))
        .getOptions().stream()
            .filter(option -> option.getText().startsWith("Harbor office"))
            .findFirst()
            .orElseThrow()
            .click();
    typeDate(desk, "book-date", soon.format(DateTimeFormatter.ISO_LOCAL_DATE));
    typeDate(desk, "book-time", soon.format(DateTimeFormatter.ofPattern("HH:mm")));
    StoryChecks.clickToLoad(desk, desk.findElement(By.id("book-appointment")));
    assertThat(text(desk, "messages")).contains("Booked: Jordan Avery");
    StoryChecks.visited(desk, "appointments-5-staff-booked");

    casey = StoryChecks.phone();
    SignInPageObject.open(casey, foyer, "demo").enterPassword(CASEY, DemoPractice.PASSWORD);
    new Select(casey.findElement(By.id("profile"))).selectByVisibleText("Ella Brooks (Parent)");
    StoryChecks.clickToLoad(casey, casey.findElement(By.id("switch-profile")));
    casey.get(foyer.url("/p/demo/portal/appointments"));
    StoryChecks.visited(casey, "appointments-5b-waitlist-to-join");
    joinWaitlist(casey);
    StoryChecks.visited(casey, "appointments-5c-waitlist-joined");
    priya = StoryChecks.phone();
    SignInPageObject.open(priya, foyer, "demo").enterPassword(PRIYA, DemoPractice.PASSWORD);
    priya.get(foyer.url("/p/demo/portal/appointments"));
    joinWaitlist(priya);

    phone.get(foyer.url("/p/demo/portal/appointments"));
    WebElement lateForm =
        phone.findElements(By.cssSelector("form.foyer-cancel")).stream()
            .filter(form -> form.getText().contains("late-cancellation fee"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no appointment inside the cancellation window"));
    assertThat(lateForm.getText()).contains("less than 24 hours");
    StoryChecks.visited(phone, "appointments-6-late-notice");
    StoryChecks.clickToLoad(phone, lateForm.findElement(By.tagName("button")));
    assertThat(text(phone, "messages")).contains("This was a late cancellation");
    assertThat(text(phone, "past")).contains("Cancelled late");
    StoryChecks.visited(phone, "appointments-7-cancelled-late");

    String offer = StoryChecks.mailTo(desk, foyer, PRIYA, "An earlier appointment time is free");
    assertThat(offer)
        .contains("The appointment time with Harbor Light Counseling on", "Harbor office")
        .contains("The offer is open until")
        .doesNotContain("Individual therapy", "Dana Okafor", "Jordan");
    Matcher link = APPOINTMENTS_LINK.matcher(offer);
    assertThat(link.find()).as("the offer links to the portal's appointments").isTrue();
    priya.get(link.group());
    assertThat(text(priya, "offers")).contains("Dana Okafor", "open until");
    StoryChecks.visited(priya, "appointments-7b-offer");
    StoryChecks.clickToLoad(priya, priya.findElement(By.cssSelector("#offers button")));
    assertThat(text(priya, "messages"))
        .startsWith("Booked: ")
        .contains("no longer on the waiting list");
    assertThat(text(priya, "upcoming")).contains("Individual therapy with Dana Okafor");
    assertThat(priya.findElements(By.id("waitlist-place"))).isEmpty();
    StoryChecks.visited(priya, "appointments-7c-claimed");

    assertThat(
            StoryChecks.mailTo(
                desk, foyer, CASEY, "The appointment time you were offered has been taken"))
        .contains("You stay on the waiting list");
    casey.get(foyer.url("/p/demo/portal/appointments"));
    assertThat(casey.findElements(By.id("offers"))).as("the time is gone").isEmpty();
    assertThat(text(casey, "waitlist-place")).contains("Dana Okafor's waiting list");
    StoryChecks.visited(casey, "appointments-7d-still-waiting");

    desk.get(foyer.url("/p/demo/staff/appointments"));
    desk.executeScript("PF('calendarWidget').calendar.changeView('dayGridMonth');");
    WebDriverWait wait = new WebDriverWait(desk, Duration.ofSeconds(15));
    wait.until(d -> d.findElement(By.id("schedule")).getText().contains("Jordan Avery"));
    StoryChecks.visited(desk, "appointments-8-calendar-month");
    new Select(desk.findElement(By.id("clinician"))).selectByVisibleText("Dana Okafor");
    StoryChecks.clickToLoad(desk, desk.findElement(By.id("show-calendar")));
    assertThat(text(desk, "waitlist")).contains("Ella Brooks").doesNotContain("Priya");
    StoryChecks.visited(desk, "appointments-8b-staff-waitlist");

    StoryChecks.clickToLoad(casey, casey.findElement(By.id("leave-waitlist-button")));
    assertThat(text(casey, "messages")).contains("You have left the waiting list");

    desk.get(foyer.url("/p/demo/dev/mail"));
    String mail = desk.findElement(By.id("dev-mail")).getText();
    assertThat(mail)
        .contains("Your appointment is booked", "The appointment with Harbor Light Counseling on")
        .contains("Your appointment was cancelled")
        .doesNotContain("Individual therapy", "Dana Okafor");
  }

  /** Joins the clinician's waiting list for any service and any day. */
  private static void joinWaitlist(ChromeDriver driver) {
    StoryChecks.clickToLoad(driver, driver.findElement(By.id("join-waitlist-button")));
    assertThat(text(driver, "waitlist-place"))
        .contains("You are on Dana Okafor's waiting list for any service");
  }

  /**
   * The text of the captured mail to {@code email} with that subject, waiting a little for the
   * outbox to deliver it.
   */
  /** Reads an address as a calendar app does: no cookies, no sign-in. */
  private static HttpResponse<String> fetch(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String text(ChromeDriver driver, String id) {
    return driver.findElement(By.id(id)).getText();
  }

  /** Date and time inputs take what a keyboard would type, so the value is set as typing ends. */
  private static void typeDate(ChromeDriver driver, String id, String value) {
    driver.executeScript(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        driver.findElement(By.id(id)),
        value);
  }
}

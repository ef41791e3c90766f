package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.foyer.demo.DemoPractice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Sam Lindqvist, the demo practice's second therapist, has no hours yet. He sets his week (a block
 * that ends before it starts is refused and stays as typed), his video room and a day of time off
 * he then takes back. The administrator adds a room to the office and Sam's NPI. Riley at the front
 * desk registers a new client, Morgan Ellis, records yesterday's session with Sam as attended, and
 * books Morgan's next one in the new room, which is not offered as attended or a no-show before it
 * happens; Morgan's late cancellation is recorded instead. Riley files the month's superbill,
 * refused until Sam's NPI is in, and reads it: Morgan, the diagnosis, the session, Sam and his NPI.
 */
class ClinicianWeekStoryIT {

  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final String SAM_NPI = "1987654328";

  ChromeDriver sam;
  ChromeDriver admin;
  ChromeDriver riley;

  @AfterEach
  void close() {
    for (ChromeDriver driver : new ChromeDriver[] {sam, admin, riley}) {
      if (driver != null) {
        driver.quit();
      }
    }
  }

  @Test
  void samSetsHisWeekTheDeskRecordsHisSessionsAndTheSuperbillNamesHim() throws Exception {
    BundledFoyer foyer = BundledFoyer.get();
    LocalDate yesterday = LocalDate.now(CHICAGO).minusDays(1);
    // A Monday some weeks ahead, inside the hours Sam sets: no other story books Sam.
    LocalDate nextSession =
        LocalDate.now(CHICAGO).plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    sam = Browser.open(1280, 900);
    SignInPageObject.open(sam, foyer, "demo")
        .enterPassword("sam.lindqvist@demo.foyer.test", DemoPractice.PASSWORD);
    sam.get(foyer.url("/p/demo/staff/appointments"));
    StoryChecks.clickToLoad(sam, sam.findElement(By.id("availability-link")));
    assertThat(text(sam, "no-time-off")).isEqualTo("No time off is planned.");
    assertThat(sam.findElements(By.cssSelector("input[id$=':start']"))).isEmpty();
    StoryChecks.visited(sam, "clinician-week-0-no-hours-sam");

    StoryChecks.clickToLoad(sam, sam.findElement(By.id("add-block")));
    new Select(only(sam, "select[id$=':location']")).selectByVisibleText("Harbor office (Office)");
    type(sam, only(sam, "input[id$=':end']"), "08:30");
    StoryChecks.clickToLoad(sam, sam.findElement(By.id("save-week")));
    assertThat(text(sam, "messages")).contains("Block 1 must end after it starts");
    assertThat(only(sam, "input[id$=':end']").getAttribute("value"))
        .as("the block stays as typed")
        .isEqualTo("08:30");
    type(sam, only(sam, "input[id$=':end']"), "12:00");
    StoryChecks.clickToLoad(sam, sam.findElement(By.id("save-week")));
    assertThat(text(sam, "messages")).contains("Weekly hours saved.");
    sam.get(sam.getCurrentUrl());
    assertThat(new Select(only(sam, "select[id$=':day']")).getFirstSelectedOption().getText())
        .isEqualTo("Monday");
    assertThat(only(sam, "input[id$=':start']").getAttribute("value")).isEqualTo("09:00");
    assertThat(only(sam, "input[id$=':end']").getAttribute("value")).isEqualTo("12:00");
    StoryChecks.visited(sam, "clinician-week-1-hours-saved-sam");

    sam.findElement(By.id("video-link")).sendKeys("video.example.org/sam");
    StoryChecks.clickToLoad(sam, sam.findElement(By.id("save-video")));
    assertThat(text(sam, "messages")).containsIgnoringCase("https");
    sam.findElement(By.id("video-link")).clear();
    sam.findElement(By.id("video-link")).sendKeys("https://video.example.org/sam-lindqvist");
    StoryChecks.clickToLoad(sam, sam.findElement(By.id("save-video")));
    assertThat(text(sam, "messages")).contains("Video room saved.");
    assertThat(sam.findElement(By.id("video-link")).getAttribute("value"))
        .isEqualTo("https://video.example.org/sam-lindqvist");

    StoryChecks.clickToLoad(sam, sam.findElement(By.id("add-time-off")));
    assertThat(text(sam, "messages")).contains("Enter when the time off starts and ends.");
    LocalDate conference = nextSession.plusDays(4);
    type(sam, sam.findElement(By.id("off-from-date")), iso(conference));
    type(sam, sam.findElement(By.id("off-to-date")), iso(conference));
    sam.findElement(By.id("off-note")).sendKeys("Conference in Milwaukee");
    StoryChecks.clickToLoad(sam, sam.findElement(By.id("add-time-off")));
    assertThat(text(sam, "messages")).contains("Time off added.");
    assertThat(text(sam, "time-off-list")).contains("Conference in Milwaukee");
    StoryChecks.visited(sam, "clinician-week-2-time-off-sam");
    sam.navigate().refresh();
    assertThat(sam.findElements(By.cssSelector("#time-off-list li")))
        .as("a refresh reads the page again; it does not add the time off twice")
        .hasSize(1);
    assertThat(sam.findElements(By.cssSelector("#messages li"))).isEmpty();
    StoryChecks.clickToLoad(
        sam, sam.findElement(By.cssSelector("#time-off-list button, #time-off-list input")));
    assertThat(text(sam, "messages")).contains("Time off removed.");
    assertThat(text(sam, "no-time-off")).isEqualTo("No time off is planned.");

    admin = Browser.open(1280, 900);
    SignInPageObject.open(admin, foyer, "demo")
        .enterPassword(DemoPractice.ADMIN, DemoPractice.PASSWORD)
        .enterCode(DemoAdministratorCodes.next(foyer));
    admin.get(foyer.url("/p/demo/staff/admin/rooms"));
    assertThat(text(admin, "room-list")).contains("No rooms yet.");
    admin.findElement(By.id("room-name")).sendKeys("Garden room");
    StoryChecks.clickToLoad(admin, admin.findElement(By.id("add-room")));
    assertThat(text(admin, "messages")).contains("Choose one of the practice's locations");
    assertThat(admin.findElement(By.id("room-name")).getAttribute("value"))
        .isEqualTo("Garden room");
    new Select(admin.findElement(By.id("room-location"))).selectByVisibleText("Harbor office");
    StoryChecks.clickToLoad(admin, admin.findElement(By.id("add-room")));
    assertThat(text(admin, "messages")).contains("Added Garden room to Harbor office.");
    assertThat(text(admin, "room-list")).contains("Garden room", "Harbor office");
    StoryChecks.visited(admin, "clinician-week-3-room-added-admin");

    riley = Browser.open(1280, 900);
    SignInPageObject.open(riley, foyer, "demo")
        .enterPassword("frontdesk@demo.foyer.test", DemoPractice.PASSWORD);
    ClientPageObject.create(
        riley, foyer, "Morgan", "Ellis", "morgan.ellis@example.org", "04/12/1990");
    String clientPage = riley.getCurrentUrl();
    riley.findElement(By.id("diagnosis-code")).sendKeys("F43.22");
    riley.findElement(By.id("diagnosis-description")).sendKeys("Adjustment disorder with anxiety");
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("add-diagnosis")));
    assertThat(text(riley, "diagnosis-list")).contains("F43.22");

    book(riley, foyer, yesterday, "10:00", null);
    assertThat(text(riley, "messages")).contains("Booked: Morgan Ellis");
    assertThat(text(riley, "selected-heading")).isEqualTo("Morgan Ellis");
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("mark-attended")));
    assertThat(text(riley, "selected-outcome"))
        .as("the outcome shows beside the buttons, not a screen higher")
        .contains("Morgan Ellis: attended.");
    assertThat(text(riley, "selected-details")).contains("Attended");
    StoryChecks.visited(riley, "clinician-week-4-session-attended-desk");

    book(riley, foyer, nextSession, "10:00", "Garden room (Harbor office)");
    assertThat(text(riley, "selected-details")).contains("Garden room", "Booked");
    assertThat(riley.findElements(By.id("mark-attended")))
        .as("a session still to come is not offered as attended")
        .isEmpty();
    assertThat(riley.findElements(By.id("mark-no-show"))).isEmpty();
    StoryChecks.visited(riley, "clinician-week-5-next-session-booked-desk");
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("mark-late")));
    assertThat(text(riley, "selected-outcome")).contains("Morgan Ellis: cancelled late.");

    riley.get(clientPage);
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("client-billing-link")));
    String billing = riley.getCurrentUrl();
    assertThat(text(riley, "balance")).isEqualTo("Owes $150.00");
    assertThat(text(riley, "ledger")).contains("Individual therapy").doesNotContain("fee");
    new Select(riley.findElement(By.id("statementMonth")))
        .selectByValue(YearMonth.from(yesterday).toString());
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("file-superbill")));
    assertThat(text(riley, "messages"))
        .contains(
            "A superbill needs the NPI of Sam Lindqvist: staff enter it in Billing settings.");
    StoryChecks.visited(riley, "clinician-week-6-superbill-refused-desk");

    admin.get(foyer.url("/p/demo/staff/admin/billing"));
    WebElement samsNpi = npiFieldOf(admin, "Sam Lindqvist");
    samsNpi.sendKeys("1987654320");
    StoryChecks.clickToLoad(admin, admin.findElement(By.id("save-clinician-npis")));
    assertThat(text(admin, "messages"))
        .contains("Sam Lindqvist: An NPI is ten digits")
        .doesNotContain("NPIs saved");
    samsNpi = npiFieldOf(admin, "Sam Lindqvist");
    assertThat(samsNpi.getAttribute("value")).as("kept as typed").isEqualTo("1987654320");
    samsNpi.clear();
    samsNpi.sendKeys(SAM_NPI);
    StoryChecks.clickToLoad(admin, admin.findElement(By.id("save-clinician-npis")));
    assertThat(text(admin, "messages")).contains("NPIs saved: Sam Lindqvist.");
    assertThat(npiFieldOf(admin, "Sam Lindqvist").getAttribute("value")).isEqualTo(SAM_NPI);
    StoryChecks.visited(admin, "clinician-week-7-npi-saved-admin");

    riley.get(billing);
    new Select(riley.findElement(By.id("statementMonth")))
        .selectByValue(YearMonth.from(yesterday).toString());
    StoryChecks.clickToLoad(riley, riley.findElement(By.id("file-superbill")));
    String month = YearMonth.from(yesterday).format(DateTimeFormatter.ofPattern("MMMM yyyy"));
    assertThat(text(riley, "messages"))
        .contains("Superbill for " + month + " filed in the client's General Documents");
    riley.get(clientPage);
    String superbill = StoryChecks.documentText(riley, "Superbill for " + month);
    assertThat(superbill)
        .contains("Harbor Light Counseling", "Morgan Ellis", "12 April 1990")
        .contains("F43.22", "CPT 90834", "Sam Lindqvist, NPI " + SAM_NPI, "$150.00");
    StoryChecks.visited(riley, "clinician-week-8-superbill-filed-desk");
  }

  /** Books Morgan with Sam for an individual session on the staff calendar. */
  private static void book(
      ChromeDriver desk, BundledFoyer foyer, LocalDate day, String time, String room) {
    desk.get(foyer.url("/p/demo/staff/appointments"));
    new Select(desk.findElement(By.id("book-client"))).selectByVisibleText("Morgan Ellis");
    new Select(desk.findElement(By.id("book-clinician"))).selectByVisibleText("Sam Lindqvist");
    new Select(desk.findElement(By.id("book-service")))
        .selectByVisibleText("Individual therapy (50 minutes)");
    new Select(desk.findElement(By.id("book-location")))
        .selectByVisibleText("Harbor office (Office)");
    if (room != null) {
      new Select(desk.findElement(By.id("book-room"))).selectByVisibleText(room);
    }
    type(desk, desk.findElement(By.id("book-date")), iso(day));
    type(desk, desk.findElement(By.id("book-time")), time);
    StoryChecks.clickToLoad(desk, desk.findElement(By.id("book-appointment")));
  }

  private static WebElement npiFieldOf(ChromeDriver driver, String clinician) {
    List<WebElement> rows =
        driver.findElements(By.xpath("//input[contains(@class,'clinician-npi')]/ancestor::*[1]"));
    return rows.stream()
        .filter(row -> row.getText().contains(clinician) || labelOf(driver, row, clinician))
        .findFirst()
        .map(row -> row.findElement(By.cssSelector("input.clinician-npi")))
        .orElseThrow(() -> new AssertionError("no NPI field for " + clinician));
  }

  private static boolean labelOf(ChromeDriver driver, WebElement row, String clinician) {
    String id = row.findElement(By.cssSelector("input.clinician-npi")).getAttribute("id");
    return driver.findElements(By.cssSelector("label[for='" + id + "']")).stream()
        .anyMatch(label -> label.getText().contains(clinician));
  }

  private static WebElement only(ChromeDriver driver, String css) {
    List<WebElement> found = driver.findElements(By.cssSelector(css));
    assertThat(found).as(css).hasSize(1);
    return found.get(0);
  }

  /** Date and time inputs take their value as the browser's picker would set it. */
  private static void type(ChromeDriver driver, WebElement input, String value) {
    driver.executeScript(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        input,
        value);
  }

  private static String iso(LocalDate day) {
    return day.format(DateTimeFormatter.ISO_LOCAL_DATE);
  }

  private static String text(ChromeDriver driver, String id) {
    return driver.findElement(By.id(id)).getText();
  }
}

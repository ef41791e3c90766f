package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import org.foyer.demo.DemoPractice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The front desk books a weekly couple's session for Jordan and Priya from the staff calendar,
 * cancels the whole series "this and following" from its first occurrence, and books it again in
 * the times that freed; the same series once more is refused with the clashing dates named and
 * nothing booked.
 */
class AppointmentSeriesStoryIT {

  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  ChromeDriver desk;

  @AfterEach
  void close() {
    if (desk != null) {
      desk.quit();
    }
  }

  @Test
  void theDeskBooksAWeeklyCouplesSeriesAndARepeatIsRefusedByDate() throws Exception {
    BundledFoyer foyer = BundledFoyer.get();
    desk = Browser.open(1024, 900);
    SignInPageObject.open(desk, foyer, "demo")
        .enterPassword("frontdesk@demo.foyer.test", DemoPractice.PASSWORD);
    // Early on Tuesdays some weeks ahead: nobody else's story books there.
    LocalDate first =
        LocalDate.now(CHICAGO).plusWeeks(5).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));

    book(foyer, first);
    String booked = desk.findElement(By.id("messages")).getText();
    assertThat(booked).contains("Booked: Jordan Avery & Priya Natarajan", "and 2 more");
    assertThat(desk.findElement(By.id("selected-heading")).getText())
        .isEqualTo("Jordan Avery & Priya Natarajan");
    assertThat(desk.findElement(By.id("selected-series")).getText()).contains("Recurring");

    // Booked by mistake at 07:00: the desk cancels the whole series and books it again, which
    // works because cancelled occurrences free their times.
    StoryChecks.clickToLoad(desk, desk.findElement(By.id("cancel-following")));
    assertThat(desk.findElement(By.id("selected-outcome")).getText())
        .startsWith("Cancelled 3 appointments from ")
        .contains(
            first.format(DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)));
    assertThat(desk.findElement(By.id("selected-details")).getText()).contains("Cancelled");
    assertThat(desk.findElements(By.id("cancel-following"))).isEmpty();
    StoryChecks.visited(desk, "appointment-series-1-cancelled-desk");
    book(foyer, first);
    assertThat(desk.findElement(By.id("messages")).getText())
        .contains("Booked: Jordan Avery & Priya Natarajan");

    book(foyer, first);
    String refused = desk.findElement(By.id("messages")).getText();
    assertThat(refused)
        .contains("Nothing was booked")
        .contains(first.format(DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)))
        .contains(
            first
                .plusWeeks(2)
                .format(DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)));
  }

  void book(BundledFoyer foyer, LocalDate date) {
    desk.get(foyer.url("/p/demo/staff/appointments"));
    new Select(desk.findElement(By.id("book-client"))).selectByVisibleText("Jordan Avery");
    new Select(desk.findElement(By.id("book-also"))).selectByVisibleText("Priya Natarajan");
    new Select(desk.findElement(By.id("book-clinician"))).selectByVisibleText("Dana Okafor");
    new Select(desk.findElement(By.id("book-service")))
        .selectByVisibleText("Individual therapy (50 minutes)");
    type("book-date", date.format(DateTimeFormatter.ISO_LOCAL_DATE));
    type("book-time", "07:00");
    new Select(desk.findElement(By.id("book-repeat"))).selectByVisibleText("Every week");
    type("book-count", "3");
    StoryChecks.clickToLoad(desk, desk.findElement(By.id("book-appointment")));
  }

  private void type(String id, String value) {
    desk.executeScript(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        desk.findElement(By.id(id)),
        value);
  }
}

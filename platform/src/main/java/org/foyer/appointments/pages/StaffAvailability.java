package org.foyer.appointments.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.foyer.admin.pages.PageMessages;
import org.foyer.admin.services.LocationChoice;
import org.foyer.admin.services.boundary.Locations;
import org.foyer.appointments.availability.AvailabilityView;
import org.foyer.appointments.availability.HoursBlock;
import org.foyer.appointments.boundary.Availability;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.BusinessException;
import org.foyer.core.errors.NotFound;
import org.foyer.core.web.routing.CurrentPractice;

/**
 * A clinician's weekly hours, video room and time off ({@code ?clinician=}, else the signed-in
 * clinician). Anyone on staff may look; the service lets only the clinician and schedulers save.
 */
@Named
@ViewScoped
public class StaffAvailability implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.ENGLISH);

  @Inject transient Availability availability;
  @Inject transient ClientRecords clients;
  @Inject transient Locations locations;
  @Inject transient Caller caller;
  @Inject transient CurrentPractice practice;

  private String clinician;
  private AvailabilityView view;
  private final List<Row> rows = new ArrayList<>();
  private String videoLink;
  private String offFromDate;
  private String offFromTime = "00:00";
  private String offToDate;
  private String offToTime = "23:59";
  private String offNote;

  /** One editable block of the week. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private String day = "MONDAY";
    private String start = "09:00";
    private String end = "17:00";
    private String location = "";

    public String getDay() {
      return day;
    }

    public void setDay(String day) {
      this.day = day;
    }

    public String getStart() {
      return start;
    }

    public void setStart(String start) {
      this.start = start;
    }

    public String getEnd() {
      return end;
    }

    public void setEnd(String end) {
      this.end = end;
    }

    public String getLocation() {
      return location;
    }

    public void setLocation(String location) {
      this.location = location;
    }
  }

  /** A day of the week as a choice: its name for people, its constant for the service. */
  public record DayChoice(String value, String label) {}

  public void load() {
    if (!caller.isStaff()) {
      throw new NotFound("That clinician");
    }
    if (view == null) {
      UUID id = clinicianId();
      if (id == null) {
        throw new NotFound("That clinician");
      }
      show(availability.get(caller, id));
    }
  }

  /** The clinician asked for; else the signed-in clinician; else the first of the practice's. */
  private UUID clinicianId() {
    if (clinician == null || clinician.isBlank()) {
      UUID self = caller.accountId();
      return clients.listClinicians(caller).stream()
          .map(c -> UUID.fromString(c.id()))
          .filter(self::equals)
          .findFirst()
          .or(
              () ->
                  clients.listClinicians(caller).stream()
                      .map(c -> UUID.fromString(c.id()))
                      .findFirst())
          .orElse(null);
    }
    try {
      return UUID.fromString(clinician.strip());
    } catch (IllegalArgumentException e) {
      throw new NotFound("That clinician");
    }
  }

  private void show(AvailabilityView shown) {
    view = shown;
    rows.clear();
    for (HoursBlock block : shown.weeklyHours()) {
      Row row = new Row();
      row.day = block.day();
      row.start = block.start();
      row.end = block.end();
      row.location = block.locationId() == null ? "" : block.locationId().toString();
      rows.add(row);
    }
    videoLink = shown.videoLink();
  }

  public void addRow() {
    rows.add(new Row());
  }

  public void removeRow(Row row) {
    rows.remove(row);
  }

  public void saveWeek() {
    List<HoursBlock> blocks = new ArrayList<>();
    for (Row row : rows) {
      blocks.add(new HoursBlock(row.day, row.start, row.end, uuid(row.location), null));
    }
    try {
      availability.setWeeklyHours(caller, view.clinicianId(), blocks);
      showAfresh("Weekly hours saved.");
    } catch (BusinessException e) {
      PageMessages.SUMMARY_ONLY.refuse(null, e);
    }
  }

  public void saveVideoLink() {
    try {
      AvailabilityView saved = availability.setVideoLink(caller, view.clinicianId(), videoLink);
      showAfresh(saved.videoLink().isEmpty() ? "Video room removed." : "Video room saved.");
    } catch (BusinessException e) {
      PageMessages.SUMMARY_ONLY.refuse(null, e);
    }
  }

  public void addTimeOff() {
    ZoneId zone = ZoneId.of(view.timeZone());
    try {
      Instant from =
          LocalDate.parse(offFromDate)
              .atTime(LocalTime.parse(offFromTime))
              .atZone(zone)
              .toInstant();
      Instant to =
          LocalDate.parse(offToDate).atTime(LocalTime.parse(offToTime)).atZone(zone).toInstant();
      availability.addTimeOff(caller, view.clinicianId(), from, to, offNote);
      showAfresh("Time off added.");
    } catch (DateTimeParseException | NullPointerException e) {
      PageMessages.error(null, "Enter when the time off starts and ends.");
    } catch (BusinessException e) {
      PageMessages.SUMMARY_ONLY.refuse(null, e);
    }
  }

  public void removeTimeOff(UUID id) {
    try {
      availability.removeTimeOff(caller, view.clinicianId(), id);
      showAfresh("Time off removed.");
    } catch (BusinessException e) {
      PageMessages.SUMMARY_ONLY.refuse(null, e);
    }
  }

  /**
   * Says what was saved and shows the page afresh by a redirect: a refresh then reads the page
   * again instead of sending the change a second time (a second block of time off).
   */
  private void showAfresh(String done) {
    PageMessages.SUMMARY_ONLY.report(() -> done);
    PageMessages.showAfresh(
        practice.page("/staff/availability") + "?clinician=" + view.clinicianId());
  }

  public String when(Instant instant) {
    return WHEN.format(instant.atZone(ZoneId.of(view.timeZone())));
  }

  public List<DayChoice> getDays() {
    return Arrays.stream(DayOfWeek.values())
        .map(d -> new DayChoice(d.name(), d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)))
        .toList();
  }

  public List<LocationChoice> getLocations() {
    return locations.listChoices(caller);
  }

  public List<ClientRecords.Clinician> getClinicians() {
    return clients.listClinicians(caller);
  }

  private static UUID uuid(String text) {
    try {
      return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public AvailabilityView getView() {
    return view;
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getClinician() {
    return clinician;
  }

  public void setClinician(String clinician) {
    this.clinician = clinician;
  }

  public String getVideoLink() {
    return videoLink;
  }

  public void setVideoLink(String videoLink) {
    this.videoLink = videoLink;
  }

  public String getOffFromDate() {
    return offFromDate;
  }

  public void setOffFromDate(String offFromDate) {
    this.offFromDate = offFromDate;
  }

  public String getOffFromTime() {
    return offFromTime;
  }

  public void setOffFromTime(String offFromTime) {
    this.offFromTime = offFromTime;
  }

  public String getOffToDate() {
    return offToDate;
  }

  public void setOffToDate(String offToDate) {
    this.offToDate = offToDate;
  }

  public String getOffToTime() {
    return offToTime;
  }

  public void setOffToTime(String offToTime) {
    this.offToTime = offToTime;
  }

  public String getOffNote() {
    return offNote;
  }

  public void setOffNote(String offNote) {
    this.offNote = offNote;
  }
}

package org.foyer.appointments.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.foyer.admin.pages.PageMessages;
import org.foyer.admin.services.ServiceTypeChoice;
import org.foyer.appointments.PortalAppointment;
import org.foyer.appointments.PortalSchedule;
import org.foyer.appointments.api.CalendarFeedsResource;
import org.foyer.appointments.availability.SlotView;
import org.foyer.appointments.boundary.CalendarFeeds;
import org.foyer.appointments.boundary.PortalAppointments;
import org.foyer.appointments.boundary.Waitlist;
import org.foyer.appointments.waitlist.WaitlistView;
import org.foyer.appointments.waitlist.WaitlistWish;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.BusinessException;
import org.foyer.core.errors.NotFound;
import org.foyer.core.mail.delivery.MailSettings;
import org.foyer.core.web.routing.CurrentPractice;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.boundary.PortalHome;

/**
 * The portal's Appointments page for the profile the login acts for: what is coming and what is
 * past, cancelling (with the late-cancellation notice inside the practice's window), and booking:
 * choose a service, then a time from a week of the clinician's open slots ({@code
 * ?service=&week=}). Times are shown on the practice's clock with the zone named.
 */
@Named("portalAppointments")
@RequestScoped
public class PortalAppointmentsPage {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm zzz", Locale.ENGLISH);

  @Inject PortalAppointments appointments;
  @Inject Waitlist waitlist;
  @Inject CalendarFeeds feeds;
  @Inject MailSettings links;
  @Inject PortalHome home;
  @Inject Caller caller;
  @Inject CurrentPractice practice;
  @Inject Clock clock;

  private String service;
  private Integer week;
  private PortalSchedule schedule;
  private WaitlistView waiting;
  private List<Day> days;
  private String newFeedAddress;

  /** One day of open times, for the booking list. */
  public record Day(String label, List<Time> times) {}

  /** One open time: its label on the practice's clock and the instant the form posts. */
  public record Time(String label, String value, String place) {}

  public void load() {
    ClientProfile current = home.getCurrent();
    if (current != null && !current.permits(ContactPermission.APPOINTMENTS)) {
      throw new NotFound("Appointments");
    }
  }

  public ClientProfile getCurrent() {
    return home.getCurrent();
  }

  public PortalSchedule getSchedule() {
    if (schedule == null && getCurrent() != null) {
      schedule = appointments.schedule(caller, getCurrent().clientId());
    }
    return schedule;
  }

  /** The chosen service's open times, a week at a time from today, grouped by day. */
  public List<Day> getDays() {
    if (days == null) {
      days = new ArrayList<>();
      UUID chosen = chosenService();
      if (chosen != null && getSchedule() != null && getSchedule().mayBook()) {
        Instant from = clock.instant().plus(java.time.Duration.ofDays(7L * weekIndex()));
        Map<LocalDate, List<Time>> byDay = new LinkedHashMap<>();
        ZoneId zone = zone();
        for (SlotView slot : appointments.slots(caller, getCurrent().clientId(), chosen, from)) {
          byDay
              .computeIfAbsent(slot.startsAt().atZone(zone).toLocalDate(), d -> new ArrayList<>())
              .add(
                  new Time(
                      TIME.format(slot.startsAt().atZone(zone)),
                      slot.startsAt().toString(),
                      slot.locationName()));
        }
        byDay.forEach((date, times) -> days.add(new Day(DAY.format(date), times)));
      }
    }
    return days;
  }

  public String getChosenServiceName() {
    UUID chosen = chosenService();
    return getSchedule() == null || chosen == null
        ? ""
        : getSchedule().services().stream()
            .filter(s -> s.id().equals(chosen))
            .map(ServiceTypeChoice::name)
            .findFirst()
            .orElse("");
  }

  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant.atZone(zone()));
  }

  /** The client's place on the waiting list and the freed times offered to them. */
  public WaitlistView getWaitlist() {
    if (waiting == null && getCurrent() != null) {
      waiting = waitlist.view(caller, getCurrent().clientId());
    }
    return waiting;
  }

  /** How the page names the zone its times are in: the client's own, or the practice's. */
  public String getZoneWords() {
    String zone = zone().getId();
    return zone.equals(appointments.practiceZone().getId())
        ? "Times are in " + practice.getName() + "'s time zone."
        : "Times are in your own time zone (" + zone.replace('_', ' ') + ").";
  }

  public void joinWaitlist() {
    try {
      String service = parameter("waitService");
      String until = parameter("waitUntil");
      WaitlistWish wish =
          new WaitlistWish(
              service == null || service.isBlank() ? null : UUID.fromString(service.strip()),
              until == null || until.isBlank() ? null : LocalDate.parse(until.strip()));
      waiting = waitlist.join(caller, getCurrent().clientId(), wish);
      PageMessages.SUMMARY_ONLY.report(
          () -> "You are on the waiting list. We will email you when an earlier time is free.");
    } catch (IllegalArgumentException | DateTimeParseException e) {
      PageMessages.error(null, "Choose a service and a day from the lists, then press Join.");
    } catch (NotFound e) {
      throw e;
    } catch (BusinessException e) {
      PageMessages.SUMMARY_ONLY.refuse(null, e);
    }
  }

  public void leaveWaitlist() {
    try {
      waiting = waitlist.leave(caller, getCurrent().clientId());
      PageMessages.SUMMARY_ONLY.report(() -> "You have left the waiting list.");
    } catch (BusinessException e) {
      PageMessages.SUMMARY_ONLY.refuse(null, e);
      waiting = null;
    }
  }

  public void claim() {
    UUID id;
    try {
      id = UUID.fromString(parameter("offer"));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFound(Waitlist.OFFER);
    }
    try {
      PortalAppointment booked = waitlist.claim(caller, getCurrent().clientId(), id);
      PageMessages.SUMMARY_ONLY.report(
          () ->
              ("Requested".equals(booked.status())
                      ? "Your request for "
                          + when(booked.startsAt())
                          + " was sent. The practice will confirm it."
                      : "Booked: " + when(booked.startsAt()) + ".")
                  + " You are no longer on the waiting list.");
    } catch (NotFound e) {
      throw e;
    } catch (BusinessException e) {
      PageMessages.SUMMARY_ONLY.refuse(null, e);
    }
    schedule = null;
    waiting = null;
  }

  public String day(LocalDate date) {
    return date == null ? "" : DAY.format(date) + " " + date.getYear();
  }

  /** Today in the client's zone, the earliest day the waiting list form offers. */
  public String getToday() {
    return LocalDate.now(clock.withZone(zone())).toString();
  }

  public String lateNotice() {
    return PortalAppointments.lateNotice(getSchedule().cancellationWindowHours());
  }

  public void book() {
    String chosenTime = parameter("slot");
    if (chosenTime == null || chosenTime.isBlank()) {
      PageMessages.error(null, "Choose a time, then press Book.");
      return;
    }
    try {
      Instant start = Instant.parse(chosenTime);
      PortalAppointment booked =
          appointments.book(caller, getCurrent().clientId(), chosenService(), start);
      String done =
          "Requested".equals(booked.status())
              ? "Your request for "
                  + when(booked.startsAt())
                  + " was sent. The practice will confirm it."
              : "Booked: " + when(booked.startsAt()) + ".";
      PageMessages.SUMMARY_ONLY.report(() -> done);
      service = "";
      schedule = null;
      days = null;
    } catch (DateTimeParseException e) {
      PageMessages.error(null, "Choose a time, then press Book.");
    } catch (NotFound e) {
      throw e;
    } catch (BusinessException e) {
      PageMessages.SUMMARY_ONLY.refuse(null, e);
      days = null;
    }
  }

  public void cancel() {
    UUID id;
    try {
      id = UUID.fromString(parameter("appointment"));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFound("That appointment");
    }
    boolean late = "true".equals(parameter("late"));
    try {
      PortalAppointment cancelled = appointments.cancel(caller, getCurrent().clientId(), id, late);
      PageMessages.SUMMARY_ONLY.report(
          () ->
              "Cancelled: "
                  + when(cancelled.startsAt())
                  + ("Cancelled late".equals(cancelled.status())
                      ? ". This was a late cancellation."
                      : "."));
      schedule = null;
    } catch (NotFound e) {
      throw e;
    } catch (BusinessException e) {
      PageMessages.SUMMARY_ONLY.refuse(null, e);
      schedule = null;
    }
  }

  /** Makes a calendar address of these appointments and shows it, once. */
  public void makeFeed() {
    try {
      CalendarFeeds.NewFeed made = feeds.createForClient(caller, getCurrent().clientId());
      newFeedAddress = links.link(CalendarFeedsResource.address(practice.getSlug(), made.secret()));
    } catch (NotFound e) {
      throw e;
    } catch (BusinessException e) {
      PageMessages.SUMMARY_ONLY.refuse(null, e);
    }
  }

  public void stopFeed() {
    try {
      feeds.revoke(caller, UUID.fromString(parameter("feed")));
      PageMessages.SUMMARY_ONLY.report(() -> "That calendar address no longer works.");
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFound("That calendar feed");
    }
  }

  public List<CalendarFeeds.FeedView> getFeeds() {
    return feeds.list(caller);
  }

  public String getNewFeedAddress() {
    return newFeedAddress;
  }

  public String weekLink(int offset) {
    int next = weekIndex() + offset;
    return practice.page("/portal/appointments")
        + "?service="
        + chosenService()
        + "&week="
        + next
        + "#times";
  }

  public int getWeekIndex() {
    return weekIndex();
  }

  public boolean isLastWeek() {
    return 7L * (weekIndex() + 1) >= PortalAppointments.BOOKING_HORIZON.toDays();
  }

  private int weekIndex() {
    return week == null || week < 0 ? 0 : Math.min(week, 8);
  }

  private UUID chosenService() {
    String chosen = getService();
    if (chosen == null || chosen.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(chosen.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private ZoneId zone() {
    return getSchedule() == null ? ZoneId.of("UTC") : ZoneId.of(getSchedule().timeZone());
  }

  private static String parameter(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }

  /**
   * The service chosen: the view parameter on a GET, the form's field on a post. A post is decoded
   * before view parameters reach a request-scoped bean, and the booking form is rendered only once
   * a service is chosen, so reading the field here keeps the form (and its button) alive.
   */
  public String getService() {
    return service != null ? service : parameter("service");
  }

  public void setService(String service) {
    this.service = service;
  }

  public Integer getWeek() {
    return week;
  }

  public void setWeek(Integer week) {
    this.week = week;
  }
}

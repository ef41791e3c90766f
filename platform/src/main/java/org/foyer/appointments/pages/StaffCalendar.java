package org.foyer.appointments.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.foyer.admin.pages.PageMessages;
import org.foyer.admin.services.LocationChoice;
import org.foyer.admin.services.ServiceTypeChoice;
import org.foyer.admin.services.boundary.Locations;
import org.foyer.admin.services.boundary.ServiceTypes;
import org.foyer.appointments.AppointmentRequest;
import org.foyer.appointments.AppointmentView;
import org.foyer.appointments.Recurrence;
import org.foyer.appointments.boundary.Appointments;
import org.foyer.appointments.boundary.Availability;
import org.foyer.appointments.entity.AppointmentStatus;
import org.foyer.appointments.rooms.Rooms;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.clients.boundary.ClientSummary;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.BusinessException;
import org.foyer.core.errors.NotFound;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * The staff calendar: the practice's appointments (or one clinician's) by day, week or month on the
 * practice's clock, requests waiting for an answer, booking, dragging an appointment to a new time,
 * and recording what became of one. Every change goes through {@link Appointments}, which checks
 * the caller and lets the database refuse a clinician's double booking.
 */
@Named
@ViewScoped
public class StaffCalendar implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm zzz", Locale.ENGLISH);

  @Inject transient Appointments appointments;
  @Inject transient Availability availability;
  @Inject transient ClientRecords clients;
  @Inject transient ServiceTypes serviceTypes;
  @Inject transient Locations locations;
  @Inject transient Caller caller;
  @Inject transient Rooms rooms;
  @Inject transient Clock clock;

  private String clinician;
  private ZoneId zone;
  private ScheduleModel model;
  private AppointmentView selected;

  private String bookClient;
  private String bookClinician;
  private String bookService;
  private String bookLocation;
  private String bookDate;
  private String bookTime;
  private String bookAlso;
  private String bookRoom;
  private String bookRepeat;
  private String bookCount;
  private String bookUntil;

  public void load() {
    if (!caller.isStaff()) {
      throw new NotFound("The calendar");
    }
    if (zone == null) {
      zone = availability.practiceZone();
    }
  }

  public ScheduleModel getModel() {
    if (model == null) {
      model =
          new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
              for (AppointmentView a :
                  appointments.list(
                      caller,
                      start.atZone(zone).toInstant(),
                      end.atZone(zone).toInstant(),
                      clinicianId())) {
                addEvent(eventOf(a));
              }
            }
          };
    }
    return model;
  }

  private ScheduleEvent<UUID> eventOf(AppointmentView a) {
    return DefaultScheduleEvent.<UUID>builder()
        .id(a.id().toString())
        .title(a.clientNames() + " · " + a.serviceName() + " · " + a.clinicianName())
        .startDate(LocalDateTime.ofInstant(a.startsAt(), zone))
        .endDate(LocalDateTime.ofInstant(a.endsAt(), zone))
        .data(a.id())
        .draggable(a.status().holdsTime())
        .resizable(false)
        .styleClass("foyer-appt-" + a.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .description(a.statusLabel())
        .build();
  }

  public List<AppointmentView> getRequests() {
    return appointments.listRequests(caller, clinicianId());
  }

  public List<ClientRecords.Clinician> getClinicians() {
    return clients.listClinicians(caller);
  }

  public List<ClientSummary> getClients() {
    return clients.search(caller, "");
  }

  public List<ServiceTypeChoice> getServices() {
    return serviceTypes.listChoices(caller);
  }

  public List<LocationChoice> getLocations() {
    return locations.listChoices(caller);
  }

  public List<Rooms.RoomView> getRooms() {
    return rooms.list(caller, null);
  }

  /** A room with its location's name, for a list holding every location's rooms. */
  public String roomLabel(Rooms.RoomView room) {
    return getLocations().stream()
        .filter(l -> l.id().equals(room.locationId()))
        .findFirst()
        .map(l -> room.name() + " (" + l.name() + ")")
        .orElse(room.name());
  }

  /** Cancels the selected occurrence and the later ones of its series; earlier ones stay. */
  public void cancelFollowing() {
    if (selected == null) {
      return;
    }
    try {
      List<AppointmentView> cancelled =
          appointments.change(
              caller,
              selected.id(),
              null,
              AppointmentStatus.CANCELLED,
              Appointments.Scope.FOLLOWING);
      selected = cancelled.get(0);
      PageMessages.SUMMARY_ONLY.report(
          () ->
              "Cancelled "
                  + cancelled.size()
                  + (cancelled.size() == 1 ? " appointment" : " appointments")
                  + " from "
                  + when(cancelled.get(0).startsAt())
                  + ".");
    } catch (BusinessException e) {
      PageMessages.SUMMARY_ONLY.refuse(null, e);
    }
    model = null;
  }

  public String getTimeZone() {
    return zone == null ? "UTC" : zone.getId();
  }

  public void onSelect(SelectEvent<ScheduleEvent<UUID>> event) {
    selected = appointments.get(caller, event.getObject().getData());
  }

  public void onMove(ScheduleEntryMoveEvent event) {
    UUID id = UUID.fromString(event.getScheduleEvent().getId());
    try {
      AppointmentView before = appointments.get(caller, id);
      AppointmentView moved =
          appointments.move(caller, id, before.startsAt().plus(event.getDeltaAsDuration()));
      selected = moved;
      PageMessages.SUMMARY_ONLY.report(() -> "Moved to " + when(moved.startsAt()) + ".");
    } catch (BusinessException e) {
      PageMessages.SUMMARY_ONLY.refuse(null, e);
    }
    model = null;
  }

  /**
   * Whether the selected appointment has begun: only then does the page offer attended and no-show,
   * which may charge the client (the service refuses them earlier too).
   */
  public boolean isSelectedBegun() {
    return selected != null && !clock.instant().isBefore(selected.startsAt());
  }

  /** Records what became of the selected appointment (the status's name comes from the button). */
  public void mark(String status) {
    if (selected == null) {
      return;
    }
    try {
      AppointmentStatus next = AppointmentStatus.valueOf(status);
      selected = appointments.mark(caller, selected.id(), next);
      PageMessages.SUMMARY_ONLY.report(
          () ->
              selected.clientName() + ": " + selected.statusLabel().toLowerCase(Locale.ROOT) + ".");
    } catch (BusinessException e) {
      PageMessages.SUMMARY_ONLY.refuse(null, e);
    }
    model = null;
  }

  public void answer(String id, boolean confirm) {
    try {
      AppointmentView answered =
          appointments.mark(
              caller,
              UUID.fromString(id),
              confirm ? AppointmentStatus.BOOKED : AppointmentStatus.CANCELLED);
      PageMessages.SUMMARY_ONLY.report(
          () ->
              (confirm ? "Confirmed: " : "Declined: ")
                  + answered.clientName()
                  + ", "
                  + when(answered.startsAt())
                  + ". The client has been told.");
    } catch (BusinessException e) {
      PageMessages.SUMMARY_ONLY.refuse(null, e);
    }
    model = null;
  }

  public void book() {
    try {
      LocalDate date = LocalDate.parse(bookDate == null ? "" : bookDate);
      LocalTime time = LocalTime.parse(bookTime == null ? "" : bookTime);
      Instant start = date.atTime(time).atZone(zone).toInstant();
      UUID also = uuid(bookAlso);
      List<AppointmentView> booked =
          appointments.bookAll(
              caller,
              new AppointmentRequest(
                  uuid(bookClient),
                  uuid(bookClinician),
                  uuid(bookService),
                  uuid(bookLocation),
                  start,
                  null,
                  uuid(bookRoom),
                  also == null ? List.of() : List.of(also),
                  recurrence()));
      AppointmentView first = booked.get(0);
      PageMessages.SUMMARY_ONLY.report(
          () ->
              "Booked: "
                  + first.clientNames()
                  + ", "
                  + when(first.startsAt())
                  + (booked.size() > 1
                      ? " and "
                          + (booked.size() - 1)
                          + " more, until "
                          + when(booked.get(booked.size() - 1).startsAt())
                      : "")
                  + ".");
      selected = first;
      bookTime = null;
    } catch (DateTimeParseException e) {
      PageMessages.error(null, "Enter the date and the time of the appointment.");
    } catch (NumberFormatException e) {
      PageMessages.error(null, "Enter the number of appointments as a whole number.");
    } catch (BusinessException e) {
      PageMessages.SUMMARY_ONLY.refuse(null, e);
    }
    model = null;
  }

  private Recurrence recurrence() {
    if (bookRepeat == null || bookRepeat.isBlank()) {
      return null;
    }
    Integer count =
        bookCount == null || bookCount.isBlank() ? null : Integer.valueOf(bookCount.strip());
    LocalDate until = bookUntil == null || bookUntil.isBlank() ? null : LocalDate.parse(bookUntil);
    return new Recurrence(Integer.parseInt(bookRepeat.strip()), count, until);
  }

  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant.atZone(zone));
  }

  private UUID clinicianId() {
    return uuid(clinician);
  }

  private static UUID uuid(String text) {
    try {
      return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public AppointmentView getSelected() {
    return selected;
  }

  public String getClinician() {
    return clinician;
  }

  public void setClinician(String clinician) {
    this.clinician = clinician;
  }

  public String getBookClient() {
    return bookClient;
  }

  public void setBookClient(String bookClient) {
    this.bookClient = bookClient;
  }

  public String getBookClinician() {
    return bookClinician;
  }

  public void setBookClinician(String bookClinician) {
    this.bookClinician = bookClinician;
  }

  public String getBookService() {
    return bookService;
  }

  public void setBookService(String bookService) {
    this.bookService = bookService;
  }

  public String getBookLocation() {
    return bookLocation;
  }

  public void setBookLocation(String bookLocation) {
    this.bookLocation = bookLocation;
  }

  public String getBookDate() {
    return bookDate;
  }

  public void setBookDate(String bookDate) {
    this.bookDate = bookDate;
  }

  public String getBookTime() {
    return bookTime;
  }

  public void setBookTime(String bookTime) {
    this.bookTime = bookTime;
  }

  public String getBookAlso() {
    return bookAlso;
  }

  public void setBookAlso(String bookAlso) {
    this.bookAlso = bookAlso;
  }

  public String getBookRoom() {
    return bookRoom;
  }

  public void setBookRoom(String bookRoom) {
    this.bookRoom = bookRoom;
  }

  public String getBookRepeat() {
    return bookRepeat;
  }

  public void setBookRepeat(String bookRepeat) {
    this.bookRepeat = bookRepeat;
  }

  public String getBookCount() {
    return bookCount;
  }

  public void setBookCount(String bookCount) {
    this.bookCount = bookCount;
  }

  public String getBookUntil() {
    return bookUntil;
  }

  public void setBookUntil(String bookUntil) {
    this.bookUntil = bookUntil;
  }
}

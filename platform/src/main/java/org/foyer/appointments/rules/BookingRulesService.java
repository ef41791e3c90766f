package org.foyer.appointments.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.foyer.admin.services.ServiceTypeChoice;
import org.foyer.admin.services.boundary.ServiceTypes;
import org.foyer.appointments.AppointmentAccess;
import org.foyer.appointments.rules.entity.BookingRules;
import org.foyer.appointments.rules.entity.OnlineService;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.validation.Inputs;

/**
 * The practice's rules for booking in the portal: intake before the first booking, the waiting
 * list's claim window, and which service types clients may book themselves. Every staff member may
 * read them; those who may "Manage client portal settings" change them, as for the reminders.
 */
@ApplicationScoped
public class BookingRulesService {

  static final String WHAT = "The rules for booking in the portal";

  private EntityManager em;
  private AuditLog audit;
  private ServiceTypes serviceTypes;
  private Inputs inputs;

  protected BookingRulesService() {}

  @Inject
  public BookingRulesService(
      EntityManager em, AuditLog audit, ServiceTypes serviceTypes, Inputs inputs) {
    this.em = em;
    this.audit = audit;
    this.serviceTypes = serviceTypes;
    this.inputs = inputs;
  }

  /** The rules, and each active service type with whether clients may book it online. */
  public record View(
      boolean intakeBeforeFirstBooking, int waitlistClaimHours, List<Service> serviceTypes) {}

  /** An active service type of the catalogue and whether the portal offers it. */
  public record Service(UUID id, String name, int durationMinutes, boolean offeredOnline) {}

  @Transactional(readOnly = true)
  public View get(Caller caller) {
    AppointmentAccess.requireStaff(caller);
    BookingRules rules = stored(em);
    Set<UUID> offline = offline(em);
    return new View(
        rules.intakeBeforeFirstBooking(),
        rules.waitlistClaimHours(),
        serviceTypes.listChoices(caller).stream()
            .map(s -> new Service(s.id(), s.name(), s.durationMinutes(), !offline.contains(s.id())))
            .toList());
  }

  @Transactional
  public View change(Caller caller, BookingRulesInput input) {
    caller.require(Capability.MANAGE_PORTAL_SETTINGS, WHAT);
    inputs.check(input, "The booking rules were not saved", Map.of());
    BookingRules rules =
        em.createQuery("SELECT r FROM BookingRules r", BookingRules.class)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  BookingRules created = BookingRules.defaults();
                  em.persist(created);
                  return created;
                });
    rules.change(input.intakeBeforeFirstBooking(), input.waitlistClaimHours());
    record(
        caller,
        (input.intakeBeforeFirstBooking() ? "intake before the first booking" : "no intake rule")
            + ", waitlist offers open "
            + input.waitlistClaimHours()
            + " hours");
    return get(caller);
  }

  /** Lets clients book the service type in the portal, or keeps it for staff to book. */
  @Transactional
  public View offerOnline(Caller caller, UUID serviceTypeId, boolean online) {
    caller.require(Capability.MANAGE_PORTAL_SETTINGS, WHAT);
    ServiceTypeChoice type =
        serviceTypes.listChoices(caller).stream()
            .filter(s -> s.id().equals(serviceTypeId))
            .findFirst()
            .orElseThrow(() -> new NotFound("That service type"));
    em.createQuery(
            "SELECT o FROM OnlineService o WHERE o.serviceTypeId = :type", OnlineService.class)
        .setParameter("type", serviceTypeId)
        .getResultStream()
        .findFirst()
        .ifPresentOrElse(
            row -> row.offer(online), () -> em.persist(new OnlineService(serviceTypeId, online)));
    record(caller, type.name() + (online ? " offered online" : " booked by staff only"));
    return get(caller);
  }

  /** The practice's rules, or the defaults when it never changed them. */
  public static BookingRules stored(EntityManager em) {
    return em.createQuery("SELECT r FROM BookingRules r", BookingRules.class)
        .getResultStream()
        .findFirst()
        .orElseGet(BookingRules::defaults);
  }

  /**
   * The active service types clients may book in the portal, for a feature that has checked its
   * caller.
   */
  public static List<ServiceTypeChoice> bookableOnline(
      EntityManager em, ServiceTypes serviceTypes) {
    Set<UUID> offline = offline(em);
    return serviceTypes.listChoicesForClients().stream()
        .filter(s -> !offline.contains(s.id()))
        .toList();
  }

  private static Set<UUID> offline(EntityManager em) {
    return em.createQuery(
            "SELECT o FROM OnlineService o WHERE o.offeredOnline = false", OnlineService.class)
        .getResultStream()
        .map(OnlineService::serviceTypeId)
        .collect(Collectors.toSet());
  }

  private void record(Caller caller, String what) {
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.APPOINTMENT_SETTINGS_CHANGED)
            .about("booking in the portal: " + what));
  }
}

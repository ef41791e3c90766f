package org.foyer.admin.preferences;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.foyer.admin.services.boundary.CatalogService;
import org.foyer.admin.services.boundary.Locations;
import org.foyer.admin.services.boundary.ServiceTypes;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;

/**
 * A staff member's own preferences. Every method acts on the caller's own record, so no staff id
 * travels in from outside; a chosen service type or location must be an active one of the caller's
 * practice, and anything else is {@link NotFound}, exactly like an id that does not exist.
 */
@ApplicationScoped
public class StaffPreferences {

  static final String WHAT = "Your preferences";

  /** More choices than any practice has catalogue entries is hostile input, not a preference. */
  public static final int MAX_CHOICES = 200;

  private EntityManager em;
  private StaffDirectory staff;
  private ServiceTypes serviceTypes;
  private Locations locations;
  private Event<PreferencesChanged> changed;

  protected StaffPreferences() {}

  @Inject
  public StaffPreferences(
      EntityManager em,
      StaffDirectory staff,
      ServiceTypes serviceTypes,
      Locations locations,
      Event<PreferencesChanged> changed) {
    this.em = em;
    this.staff = staff;
    this.serviceTypes = serviceTypes;
    this.locations = locations;
    this.changed = changed;
  }

  @Transactional(readOnly = true)
  public Preferences getMine(Caller caller) {
    UUID staffId = requireOwnRecord(caller);
    return new Preferences(
        staffId,
        choices(ServiceOffer.class, staffId).stream()
            .map(ServiceOffer::serviceTypeId)
            .collect(Collectors.toSet()),
        choices(WorkLocation.class, staffId).stream()
            .map(WorkLocation::locationId)
            .collect(Collectors.toSet()),
        notifications(staffId).enabled());
  }

  /** Replaces the service types the caller offers with exactly these. */
  @Transactional
  public Preferences chooseServiceTypes(Caller caller, Collection<UUID> serviceTypeIds) {
    return choose(
        caller,
        "serviceTypeIds",
        serviceTypeIds,
        serviceTypes,
        ServiceOffer.class,
        ServiceOffer::serviceTypeId,
        ServiceOffer::new,
        "service types chosen");
  }

  /** Replaces the locations the caller works at with exactly these. */
  @Transactional
  public Preferences chooseLocations(Caller caller, Collection<UUID> locationIds) {
    return choose(
        caller,
        "locationIds",
        locationIds,
        locations,
        WorkLocation.class,
        WorkLocation::locationId,
        WorkLocation::new,
        "work locations chosen");
  }

  /** Turns on exactly the given notifications for the caller. */
  @Transactional
  public Preferences chooseNotifications(Caller caller, Set<NotificationKind> on) {
    UUID staffId = requireOwnRecord(caller);
    NotificationPreferences preferences = notifications(staffId);
    if (!em.contains(preferences)) {
      em.persist(preferences);
    }
    preferences.choose(Set.copyOf(on));
    changed.fire(
        new PreferencesChanged(caller.email(), "notifications chosen " + preferences.enabled()));
    return getMine(caller);
  }

  /**
   * Whether a staff member wants a kind of notification, for the features that send them
   * (messaging, intake, scheduling, billing); those decide who is told, so no caller check here.
   */
  @Transactional(readOnly = true)
  public boolean wantsNotification(UUID staffId, NotificationKind kind) {
    return notifications(staffId).isOn(kind);
  }

  private UUID requireOwnRecord(Caller caller) {
    if (!caller.isStaff() || staff.findProfile(caller.accountId()).isEmpty()) {
      throw new NotFound(WHAT);
    }
    return caller.accountId();
  }

  /**
   * Replaces the caller's choices of one catalogue kind with exactly these active entries: a choice
   * is one row of {@code type} (staff id, entry id), made by {@code create}.
   */
  private <T> Preferences choose(
      Caller caller,
      String field,
      Collection<UUID> ids,
      CatalogService<?, ?> catalogue,
      Class<T> type,
      Function<T, UUID> entryId,
      BiFunction<UUID, UUID, T> create,
      String change) {
    UUID staffId = requireOwnRecord(caller);
    Set<UUID> chosen = limited(field, ids);
    chosen.forEach(id -> catalogue.getActive(caller, id));
    for (T choice : choices(type, staffId)) {
      if (!chosen.remove(entryId.apply(choice))) {
        em.remove(choice);
      }
    }
    chosen.forEach(id -> em.persist(create.apply(staffId, id)));
    changed.fire(new PreferencesChanged(caller.email(), change));
    return getMine(caller);
  }

  private static Set<UUID> limited(String field, Collection<UUID> ids) {
    // Immutable collections throw on contains(null), so look for null by iterating.
    if (ids == null || ids.stream().anyMatch(Objects::isNull)) {
      throw new InvalidInput(
          "The choice was not saved", Map.of(field, "Every choice must name an entry"));
    }
    if (ids.size() > MAX_CHOICES) {
      throw new InvalidInput(
          "The choice was not saved",
          Map.of(field, "At most " + MAX_CHOICES + " entries can be chosen"));
    }
    return new LinkedHashSet<>(ids);
  }

  private NotificationPreferences notifications(UUID staffId) {
    return em.createQuery(
            "SELECT n FROM NotificationPreferences n WHERE n.staffId = :staff",
            NotificationPreferences.class)
        .setParameter("staff", staffId)
        .getResultStream()
        .findFirst()
        .orElseGet(() -> new NotificationPreferences(staffId));
  }

  /** The caller's rows of one choice entity; neither renames itself, so JPQL knows its class. */
  private <T> List<T> choices(Class<T> type, UUID staffId) {
    return em.createQuery(
            "SELECT c FROM " + type.getSimpleName() + " c WHERE c.staffId = :staff", type)
        .setParameter("staff", staffId)
        .getResultList();
  }
}

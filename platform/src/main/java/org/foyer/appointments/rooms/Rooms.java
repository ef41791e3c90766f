package org.foyer.appointments.rooms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.foyer.admin.services.LocationChoice;
import org.foyer.admin.services.boundary.Locations;
import org.foyer.appointments.AppointmentAccess;
import org.foyer.appointments.entity.Room;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;

/**
 * The rooms of the practice's locations. Every staff member may read them (to book one); holders of
 * "Manage services and locations" add, rename and archive them. A room is archived rather than
 * removed, so past appointments keep naming it.
 */
@ApplicationScoped
public class Rooms {

  /** A room as staff read it. */
  public record RoomView(UUID id, UUID locationId, String name, boolean archived) {
    static RoomView of(Room room) {
      return new RoomView(room.id(), room.locationId(), room.name(), room.archived());
    }
  }

  private EntityManager em;
  private Locations locations;
  private AuditLog audit;

  protected Rooms() {}

  @Inject
  public Rooms(EntityManager em, Locations locations, AuditLog audit) {
    this.em = em;
    this.locations = locations;
    this.audit = audit;
  }

  /** The active rooms of a location (of every location when none is given), by name. */
  @Transactional(readOnly = true)
  public List<RoomView> list(Caller caller, UUID locationId) {
    AppointmentAccess.requireStaff(caller);
    TypedQuery<Room> query =
        em.createQuery(
            "SELECT r FROM Room r WHERE r.archived = false"
                + (locationId == null ? "" : " AND r.locationId = :location")
                + " ORDER BY r.name",
            Room.class);
    if (locationId != null) {
      query.setParameter("location", locationId);
    }
    return query.getResultList().stream().map(RoomView::of).toList();
  }

  @Transactional
  public RoomView add(Caller caller, UUID locationId, String name) {
    requireManager(caller);
    if (locationId == null
        || locations.listChoices(caller).stream()
            .map(LocationChoice::id)
            .noneMatch(locationId::equals)) {
      String message = "Choose one of the practice's locations";
      throw new InvalidInput(message, Map.of("locationId", message));
    }
    Room room = new Room(locationId, name);
    refuseSameName(room.locationId(), room.name(), null);
    em.persist(room);
    em.flush();
    record(caller, room, "added");
    return RoomView.of(room);
  }

  @Transactional
  public RoomView rename(Caller caller, UUID id, String name) {
    requireManager(caller);
    Room room = find(id);
    room.rename(name);
    refuseSameName(room.locationId(), room.name(), room.id());
    em.flush();
    record(caller, room, "renamed");
    return RoomView.of(room);
  }

  @Transactional
  public RoomView archive(Caller caller, UUID id) {
    requireManager(caller);
    Room room = find(id);
    room.archive();
    em.flush();
    record(caller, room, "archived");
    return RoomView.of(room);
  }

  private void refuseSameName(UUID locationId, String name, UUID except) {
    boolean taken =
        em
            .createQuery(
                "SELECT r FROM Room r WHERE r.locationId = :location"
                    + " AND LOWER(r.name) = LOWER(:name)",
                Room.class)
            .setParameter("location", locationId)
            .setParameter("name", name)
            .getResultList()
            .stream()
            .anyMatch(r -> !r.id().equals(except));
    if (taken) {
      throw new Conflict("The location already has a room named \"" + name + "\"");
    }
  }

  private Room find(UUID id) {
    return Optional.ofNullable(id == null ? null : em.find(Room.class, id))
        .orElseThrow(() -> new NotFound("That room"));
  }

  private static void requireManager(Caller caller) {
    AppointmentAccess.requireStaff(caller);
    caller.require(Capability.MANAGE_SERVICES_AND_LOCATIONS, "The rooms");
  }

  private void record(Caller caller, Room room, String what) {
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.SERVICE_CATALOG_CHANGED)
            .about("room " + room.id() + " of location " + room.locationId() + " " + what));
  }
}

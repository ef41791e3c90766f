package org.foyer.admin.preferences;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;

/** The signed-in staff member's own preferences. */
@Path("p/{slug}/preferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreferencesResource {

  @Inject StaffPreferences preferences;
  @Inject Caller caller;

  /** {@code PUT /preferences/service-types} and {@code /locations}: exactly these ids. */
  public record Ids(List<String> ids) {}

  /** {@code PUT /preferences/notifications}: the names of the notifications to turn on. */
  public record Notifications(List<String> on) {}

  @GET
  @Operation(summary = "Your service types, locations and notifications")
  public PreferencesView get() {
    return PreferencesView.of(preferences.getMine(caller));
  }

  @PUT
  @Path("service-types")
  @Operation(summary = "Offer exactly these service types")
  public PreferencesView chooseServiceTypes(Ids body) {
    return PreferencesView.of(
        preferences.chooseServiceTypes(caller, ids(body, "That service type")));
  }

  @PUT
  @Path("locations")
  @Operation(summary = "Work at exactly these locations")
  public PreferencesView chooseLocations(Ids body) {
    return PreferencesView.of(preferences.chooseLocations(caller, ids(body, "That location")));
  }

  @PUT
  @Path("notifications")
  @Operation(summary = "Receive exactly these notifications")
  public PreferencesView chooseNotifications(Notifications body) {
    if (body == null || body.on() == null) {
      throw new InvalidInput("The request needs a JSON body with \"on\"");
    }
    Set<NotificationKind> on = EnumSet.noneOf(NotificationKind.class);
    for (String name : body.on()) {
      on.add(kind(name));
    }
    return PreferencesView.of(preferences.chooseNotifications(caller, on));
  }

  private static NotificationKind kind(String name) {
    for (NotificationKind kind : NotificationKind.values()) {
      if (kind.name().equals(name)) {
        return kind;
      }
    }
    throw new InvalidInput(
        "There is no notification called that",
        Map.of("on", "Use the names " + List.of(NotificationKind.values())));
  }

  /** Text that is not an id cannot name anything of this practice: not found, like any other. */
  private static List<UUID> ids(Ids body, String what) {
    if (body == null || body.ids() == null) {
      throw new InvalidInput("The request needs a JSON body with \"ids\"");
    }
    if (body.ids().size() > StaffPreferences.MAX_CHOICES) {
      throw new InvalidInput(
          "The choice was not saved",
          Map.of("ids", "At most " + StaffPreferences.MAX_CHOICES + " entries can be chosen"));
    }
    return body.ids().stream()
        .map(
            id -> {
              try {
                return UUID.fromString(String.valueOf(id));
              } catch (IllegalArgumentException e) {
                throw new NotFound(what);
              }
            })
        .toList();
  }
}

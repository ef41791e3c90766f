package org.foyer.appointments.reminders;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;

/** When the practice reminds clients of appointments. */
@Path("p/{slug}/appointment-reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReminderSettingsResource {

  @Inject ReminderSettingsService settings;
  @Inject Caller caller;

  @GET
  @Operation(summary = "The reminder lead times in hours before an appointment (null: off)")
  public ReminderSettingsService.Reminders get() {
    return settings.get(caller);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change the reminder lead times",
      description =
          "Body {\"firstReminderHours\": 48, \"secondReminderHours\": 2}; each 1 to 336 or null"
              + " for off. Needs \"Manage client portal settings\".")
  public ReminderSettingsService.Reminders change(ReminderSettingsService.Reminders change) {
    if (change == null) {
      throw new InvalidInput("Send the reminder lead times as a JSON object");
    }
    return settings.change(caller, change);
  }
}

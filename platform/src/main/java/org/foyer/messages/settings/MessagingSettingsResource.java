package org.foyer.messages.settings;

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

/** The practice's messaging settings, for administrators who manage the portal's settings. */
@Path("p/{slug}/messaging-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MessagingSettingsResource {

  @Inject MessagingSettingsService settings;
  @Inject Caller caller;

  @GET
  @Operation(summary = "The practice's messaging settings")
  public MessagingSettingsView get() {
    return settings.get(caller);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace the practice's messaging settings; they apply from the next request",
      description =
          "recipients is CLINICIAN or CLINICIAN_AND_FRONT_DESK (the front desk: staff who may read"
              + " all client messages); officeDays are MONDAY to SUNDAY, officeOpens and"
              + " officeCloses HH:MM in the practice's time zone; autoReply (may be empty) and"
              + " crisisNotice (never empty) at most 1000 characters. With enabled false, portal"
              + " logins meet 404 on every messaging address and staff may read but not write."
              + " Problems answer 400 with a message on each field.")
  public MessagingSettingsView change(MessagingSettingsView body) {
    if (body == null) {
      throw new InvalidInput("The request needs a JSON body");
    }
    return settings.change(caller, body);
  }
}

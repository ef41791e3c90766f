package org.foyer.appointments.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.foyer.appointments.boundary.Waitlist;
import org.foyer.appointments.waitlist.WaitingClient;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;

/**
 * The waiting list section of the staff calendar: the chosen clinician's list in queue order (or
 * the signed-in clinician's own when no clinician is chosen). Days on the practice's calendar.
 */
@Named
@RequestScoped
public class ClinicianWaitlist {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  @Inject Waitlist waitlist;
  @Inject Caller caller;

  private List<WaitingClient> waiting;

  /** Empty when no clinician is chosen and the caller holds no clients of their own. */
  public List<WaitingClient> getWaiting() {
    if (waiting == null) {
      UUID clinician = chosen();
      try {
        waiting = clinician == null ? List.of() : waitlist.listForClinician(caller, clinician);
      } catch (NotFound e) {
        waiting = List.of();
      }
    }
    return waiting;
  }

  public boolean isShown() {
    return chosen() != null;
  }

  public String day(LocalDate date) {
    return date == null ? "any day" : "up to " + DAY.format(date);
  }

  private UUID chosen() {
    String asked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("clinician");
    try {
      return asked == null || asked.isBlank() ? caller.accountId() : UUID.fromString(asked.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

package org.foyer.appointments.rules;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.foyer.admin.pages.PageMessages;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;

/**
 * The "Booking in the portal" page: whether intake comes before the first booking, how long a
 * waiting-list offer stays open, and which service types clients may book themselves. Staff without
 * "Manage client portal settings" read it.
 */
@Named("bookingRules")
@ViewScoped
public class BookingRulesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient BookingRulesService rules;
  @Inject transient Caller caller;

  private boolean intakeBeforeFirstBooking;
  private Integer waitlistClaimHours;
  private Map<String, Boolean> online = new HashMap<>();
  private List<BookingRulesService.Service> services;

  public void load() {
    if (services == null) {
      show(rules.get(caller));
    }
  }

  private void show(BookingRulesService.View view) {
    intakeBeforeFirstBooking = view.intakeBeforeFirstBooking();
    waitlistClaimHours = view.waitlistClaimHours();
    services = view.serviceTypes();
    online = new HashMap<>();
    services.forEach(s -> online.put(s.id().toString(), s.offeredOnline()));
  }

  public boolean isMayChange() {
    return caller.can(Capability.MANAGE_PORTAL_SETTINGS);
  }

  public void save() {
    PageMessages.SUMMARY_ONLY.report(
        () -> {
          rules.change(caller, new BookingRulesInput(intakeBeforeFirstBooking, waitlistClaimHours));
          BookingRulesService.View view = null;
          for (BookingRulesService.Service s : services) {
            boolean wanted = Boolean.TRUE.equals(online.get(s.id().toString()));
            if (wanted != s.offeredOnline()) {
              view = rules.offerOnline(caller, s.id(), wanted);
            }
          }
          show(view == null ? rules.get(caller) : view);
          return "Booking rules saved.";
        });
  }

  public List<BookingRulesService.Service> getServices() {
    load();
    return services;
  }

  public boolean isIntakeBeforeFirstBooking() {
    return intakeBeforeFirstBooking;
  }

  public void setIntakeBeforeFirstBooking(boolean intakeBeforeFirstBooking) {
    this.intakeBeforeFirstBooking = intakeBeforeFirstBooking;
  }

  public Integer getWaitlistClaimHours() {
    return waitlistClaimHours;
  }

  public void setWaitlistClaimHours(Integer waitlistClaimHours) {
    this.waitlistClaimHours = waitlistClaimHours;
  }

  /** Each service type's "offered online" box, by id. */
  public Map<String, Boolean> getOnline() {
    return online;
  }
}

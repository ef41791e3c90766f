package org.foyer.appointments.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.foyer.appointments.AppointmentAccess;
import org.foyer.appointments.reminders.entity.ReminderSettings;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.persistence.Transactional;

/**
 * When the practice reminds clients of their appointments. Every staff member may read it; those
 * who may "Manage client portal settings" change it.
 */
@ApplicationScoped
public class ReminderSettingsService {

  static final String WHAT = "The appointment reminders";

  private EntityManager em;
  private AuditLog audit;

  protected ReminderSettingsService() {}

  @Inject
  public ReminderSettingsService(EntityManager em, AuditLog audit) {
    this.em = em;
    this.audit = audit;
  }

  /** The lead times in hours: null when that reminder is off. */
  public record Reminders(Integer firstReminderHours, Integer secondReminderHours) {}

  @Transactional(readOnly = true)
  public Reminders get(Caller caller) {
    AppointmentAccess.requireStaff(caller);
    return viewOf(stored(em));
  }

  @Transactional
  public Reminders change(Caller caller, Reminders change) {
    caller.require(Capability.MANAGE_PORTAL_SETTINGS, WHAT);
    ReminderSettings settings =
        em.createQuery("SELECT s FROM ReminderSettings s", ReminderSettings.class)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  ReminderSettings created = ReminderSettings.defaults();
                  em.persist(created);
                  return created;
                });
    settings.change(change.firstReminderHours(), change.secondReminderHours());
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.APPOINTMENT_SETTINGS_CHANGED)
            .about(
                "appointment reminders "
                    + change.firstReminderHours()
                    + " and "
                    + change.secondReminderHours()
                    + " hours before"));
    return viewOf(settings);
  }

  /** The practice's settings, or the defaults when it never changed them. */
  static ReminderSettings stored(EntityManager em) {
    return em.createQuery("SELECT s FROM ReminderSettings s", ReminderSettings.class)
        .getResultStream()
        .findFirst()
        .orElseGet(ReminderSettings::defaults);
  }

  private static Reminders viewOf(ReminderSettings settings) {
    return new Reminders(
        settings.firstReminderHours().orElse(null), settings.secondReminderHours().orElse(null));
  }
}

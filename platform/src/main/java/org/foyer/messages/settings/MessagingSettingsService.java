package org.foyer.messages.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.persistence.PracticeCache;
import org.foyer.core.persistence.PracticeCaches;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.messages.control.OfficeHours;
import org.foyer.messages.entity.MessagingSettings;

/**
 * Reads and changes the current practice's messaging settings. Administrators who manage the
 * portal's settings manage these too (messaging is part of the portal). Uncached, like the portal
 * settings: a saved change governs the practice's very next request.
 */
@ApplicationScoped
public class MessagingSettingsService {

  static final String SETTINGS = "The messaging settings";
  static final String CRISIS_NOTICE_REQUIRED =
      "Enter a crisis notice: clients must always see where to turn in a crisis";

  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

  private EntityManager em;
  private AuditLog audit;
  private Clock clock;
  private PracticeCache<MessagingSettings> governing;

  protected MessagingSettingsService() {}

  public MessagingSettingsService(EntityManager em, AuditLog audit, Clock clock) {
    this(em, audit, clock, PracticeCaches.disabled());
  }

  @Inject
  public MessagingSettingsService(
      EntityManager em, AuditLog audit, Clock clock, PracticeCaches caches) {
    this.em = em;
    this.audit = audit;
    this.clock = clock;
    this.governing = caches.cache("messaging-settings");
  }

  /**
   * The settings that govern the practice, for the platform's own decisions; no caller check. Kept
   * per practice until a change commits (the instance is detached and only {@link #change} alters
   * settings, on a copy it reads afresh).
   */
  // Not @Transactional: a kept value needs no unit of work; the cache opens one to read.
  public MessagingSettings current() {
    return governing.get(
        () ->
            em.createQuery("SELECT s FROM MessagingSettings s", MessagingSettings.class)
                .getResultStream()
                .findFirst()
                .orElseGet(MessagingSettings::defaults));
  }

  /** The practice's office hours in its own time zone. */
  @Transactional(readOnly = true)
  public OfficeHours officeHours() {
    MessagingSettings settings = current();
    Practice practice = em.find(Practice.class, Tenancy.require().value());
    return new OfficeHours(
        settings.officeDays(),
        settings.officeOpens(),
        settings.officeCloses(),
        practice.timeZone());
  }

  /** The settings, for the administrators who may change them. */
  @Transactional(readOnly = true)
  public MessagingSettingsView get(Caller caller) {
    caller.require(Capability.MANAGE_PORTAL_SETTINGS, SETTINGS);
    return viewOf(current());
  }

  /**
   * Replaces the settings after checking every field; all problems are reported at once, on the
   * fields of {@link MessagingSettingsView}.
   */
  @Transactional
  public MessagingSettingsView change(Caller caller, MessagingSettingsView change) {
    caller.require(Capability.MANAGE_PORTAL_SETTINGS, SETTINGS);
    Map<String, String> errors = new LinkedHashMap<>();
    if (change.recipients() == null) {
      errors.put("recipients", "Choose whom clients write to");
    }
    String autoReply = change.autoReply() == null ? "" : change.autoReply().strip();
    if (autoReply.length() > MessagingSettings.TEXT_LENGTH) {
      errors.put(
          "autoReply",
          "Shorten the automatic reply to at most 1000 characters (it has "
              + autoReply.length()
              + ")");
    }
    String crisis = change.crisisNotice() == null ? "" : change.crisisNotice().strip();
    if (crisis.isEmpty()) {
      errors.put("crisisNotice", CRISIS_NOTICE_REQUIRED);
    } else if (crisis.length() > MessagingSettings.TEXT_LENGTH) {
      errors.put(
          "crisisNotice",
          "Shorten the crisis notice to at most 1000 characters (it has " + crisis.length() + ")");
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    if (change.officeDays() != null) {
      change.officeDays().stream().filter(Objects::nonNull).forEach(days::add);
    }
    if (days.isEmpty()) {
      errors.put("officeDays", "Choose at least one office day");
    }
    LocalTime opens = time(change.officeOpens(), "officeOpens", "opening", errors);
    LocalTime closes = time(change.officeCloses(), "officeCloses", "closing", errors);
    if (opens != null && closes != null && !closes.isAfter(opens)) {
      errors.put("officeCloses", "Enter a closing time after the opening time");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput("The messaging settings were not saved", errors);
    }
    governing.changed();
    MessagingSettings settings =
        em.createQuery("SELECT s FROM MessagingSettings s", MessagingSettings.class)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  MessagingSettings fresh = MessagingSettings.defaults();
                  em.persist(fresh);
                  return fresh;
                });
    settings.apply(
        change.enabled(),
        change.recipients(),
        autoReply,
        days,
        opens,
        closes,
        crisis,
        clock.instant());
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.MESSAGING_SETTINGS_CHANGED)
            .about(
                "messaging settings saved (messaging "
                    + (change.enabled() ? "on" : "off")
                    + ", clients write to "
                    + change.recipients().label().toLowerCase(java.util.Locale.ROOT)
                    + ", office hours "
                    + HOURS.format(opens)
                    + " to "
                    + HOURS.format(closes)
                    + ")"));
    return viewOf(settings);
  }

  private static LocalTime time(
      String text, String field, String which, Map<String, String> errors) {
    if (text == null || text.isBlank()) {
      errors.put(field, "Enter the " + which + " time, such as 09:00");
      return null;
    }
    try {
      return LocalTime.parse(text.strip(), HOURS);
    } catch (DateTimeParseException e) {
      errors.put(field, "Enter the " + which + " time as hours and minutes, such as 09:00");
      return null;
    }
  }

  static MessagingSettingsView viewOf(MessagingSettings settings) {
    return new MessagingSettingsView(
        settings.enabled(),
        settings.recipients(),
        settings.autoReply(),
        List.copyOf(settings.officeDays()),
        HOURS.format(settings.officeOpens()),
        HOURS.format(settings.officeCloses()),
        settings.crisisNotice());
  }
}

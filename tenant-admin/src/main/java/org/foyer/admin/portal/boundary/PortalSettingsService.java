package org.foyer.admin.portal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.foyer.admin.portal.ClientOutreach;
import org.foyer.admin.portal.MinorPrivacy;
import org.foyer.admin.portal.PortalSettingsChanged;
import org.foyer.admin.portal.entity.PortalSettings;
import org.foyer.admin.portal.entity.PortalSettingsChange;
import org.foyer.admin.portal.entity.PracticeLogo;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.PracticeCache;
import org.foyer.core.persistence.PracticeCaches;
import org.foyer.core.persistence.Transactional;

/**
 * Reads and changes the current practice's portal settings. The settings that govern requests are
 * read on nearly every one, so {@link #current()} is kept per practice in {@link PracticeCaches}:
 * every write loads the row through {@code storedOrNew}, which announces the change, and every
 * instance forgets the practice's copy when that write commits; a saved change still governs the
 * very next request, and no other practice's requests ever see it.
 */
@ApplicationScoped
public class PortalSettingsService {

  static final String SETTINGS = "The portal settings";
  static final String LOGO = "The practice's logo";

  private EntityManager em;
  private Event<PortalSettingsChanged> changed;
  private Clock clock;
  private PracticeCache<PortalSettingsView> governing;

  protected PortalSettingsService() {}

  public PortalSettingsService(
      EntityManager em, Event<PortalSettingsChanged> changed, Clock clock) {
    this(em, changed, clock, PracticeCaches.disabled());
  }

  @Inject
  public PortalSettingsService(
      EntityManager em, Event<PortalSettingsChanged> changed, Clock clock, PracticeCaches caches) {
    this.em = em;
    this.changed = changed;
    this.clock = clock;
    this.governing = caches.cache("portal-settings");
  }

  /**
   * The settings that govern the current practice, for the platform's own decisions (session
   * timeout, MFA, portal enablement); no caller check, since nothing is shown to anyone.
   */
  // Not @Transactional: a kept value needs no unit of work; the cache opens one to read.
  public PortalSettingsView current() {
    return governing.get(() -> new CurrentPortalSettings(em).get());
  }

  /** The settings, for the administrators who may change them. */
  @Transactional(readOnly = true)
  public PortalSettings getSettings(Caller caller) {
    caller.require(Capability.MANAGE_PORTAL_SETTINGS, SETTINGS);
    return new CurrentPortalSettings(em).storedOrDefaults();
  }

  @Transactional
  public PortalSettings change(Caller caller, PortalSettingsChange change) {
    caller.require(Capability.MANAGE_PORTAL_SETTINGS, SETTINGS);
    PortalSettingsChange valid = change.validated();
    PortalSettings settings = storedOrNew();
    settings.apply(valid, clock.instant());
    changed.fire(new PortalSettingsChanged(caller.email(), "portal settings saved"));
    return settings;
  }

  /** Saves the page's settings and the practice's client outreach together. */
  @Transactional
  public PortalSettings change(
      Caller caller, PortalSettingsChange change, ClientOutreach outreach) {
    caller.require(Capability.MANAGE_PORTAL_SETTINGS, SETTINGS);
    Map<String, String> errors = new LinkedHashMap<>();
    PortalSettingsChange valid = checked(change::validated, errors);
    ClientOutreach validOutreach = checked(outreach::validated, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInput("The portal settings were not saved", errors);
    }
    PortalSettings settings = storedOrNew();
    settings.apply(valid, clock.instant());
    settings.apply(validOutreach, clock.instant());
    changed.fire(
        new PortalSettingsChanged(
            caller.email(),
            "portal settings saved (invitations "
                + validOutreach.invitationDays()
                + " days, reminders every "
                + validOutreach.reminderDays()
                + " days, at most "
                + validOutreach.reminderLimit()
                + ")"));
    return settings;
  }

  /** Saves the page's settings, the client outreach and the minor-privacy age together. */
  @Transactional
  public PortalSettings change(
      Caller caller, PortalSettingsChange change, ClientOutreach outreach, MinorPrivacy privacy) {
    caller.require(Capability.MANAGE_PORTAL_SETTINGS, SETTINGS);
    Map<String, String> errors = new LinkedHashMap<>();
    checked(change::validated, errors);
    checked(outreach::validated, errors);
    MinorPrivacy validPrivacy = checked(privacy::validated, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInput("The portal settings were not saved", errors);
    }
    PortalSettings settings = change(caller, change, outreach);
    announcePrivacy(caller, settings, validPrivacy);
    return settings;
  }

  /**
   * Sets the age from which staff may keep a minor's documents and forms from guardians, or turns
   * it off. Items already marked stay marked; they are hidden only while the client is covered.
   */
  @Transactional
  public PortalSettings changeMinorPrivacy(Caller caller, MinorPrivacy privacy) {
    caller.require(Capability.MANAGE_PORTAL_SETTINGS, SETTINGS);
    MinorPrivacy valid = privacy.validated();
    PortalSettings settings = storedOrNew();
    announcePrivacy(caller, settings, valid);
    return settings;
  }

  /** The current practice's minor-privacy age, for the platform's decisions; no caller check. */
  @Transactional(readOnly = true)
  public MinorPrivacy minorPrivacy() {
    return new CurrentPortalSettings(em).minorPrivacy();
  }

  private void announcePrivacy(Caller caller, PortalSettings settings, MinorPrivacy privacy) {
    MinorPrivacy before = settings.minorPrivacy();
    settings.apply(privacy, clock.instant());
    if (!before.equals(privacy)) {
      changed.fire(
          new PortalSettingsChanged(
              caller.email(),
              "minor privacy from guardians changed from "
                  + before.describe()
                  + " to "
                  + privacy.describe()));
    }
  }

  /** Runs one part's validation, gathering its field errors so that all parts report at once. */
  private static <T> T checked(Supplier<T> validation, Map<String, String> errors) {
    try {
      return validation.get();
    } catch (InvalidInput e) {
      errors.putAll(e.fieldErrors());
      return null;
    }
  }

  /** Stores an uploaded logo (checked by {@link PracticeLogo#of}) and drops the one it replaces. */
  @Transactional
  public PortalSettings replaceLogo(Caller caller, byte[] image) {
    caller.require(Capability.MANAGE_PORTAL_SETTINGS, SETTINGS);
    PracticeLogo logo = PracticeLogo.of(image, clock.instant());
    em.persist(logo);
    em.flush();
    PortalSettings settings = swapLogo(logo);
    changed.fire(
        new PortalSettingsChanged(
            caller.email(),
            "logo replaced (" + logo.contentType() + ", sha256 " + logo.sha256() + ")"));
    return settings;
  }

  @Transactional
  public PortalSettings removeLogo(Caller caller) {
    caller.require(Capability.MANAGE_PORTAL_SETTINGS, SETTINGS);
    PortalSettings settings = swapLogo(null);
    changed.fire(new PortalSettingsChanged(caller.email(), "logo removed"));
    return settings;
  }

  /**
   * The logo, for anyone, signed in or not: it is public branding, shown on the sign-in and
   * invitation pages before anyone signs in. Another practice's logo is never reachable, because
   * the practice comes from the address.
   */
  @Transactional(readOnly = true)
  public PracticeLogo getLogo() {
    return current()
        .logo()
        .map(id -> em.find(PracticeLogo.class, id))
        .orElseThrow(() -> new NotFound(LOGO));
  }

  private PortalSettings swapLogo(PracticeLogo logo) {
    PortalSettings settings = storedOrNew();
    Optional<UUID> previous =
        settings.replaceLogo(logo == null ? null : logo.id(), clock.instant());
    // The settings row must stop pointing at the old logo before the old logo can go.
    em.flush();
    previous.map(id -> em.find(PracticeLogo.class, id)).ifPresent(em::remove);
    return settings;
  }

  private PortalSettings storedOrNew() {
    governing.changed();
    return new CurrentPortalSettings(em)
        .stored()
        .orElseGet(
            () -> {
              PortalSettings settings = PortalSettings.defaults();
              em.persist(settings);
              return settings;
            });
  }
}

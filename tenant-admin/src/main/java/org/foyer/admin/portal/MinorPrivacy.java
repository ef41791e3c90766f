package org.foyer.admin.portal;

import java.util.Map;
import java.util.Optional;
import org.foyer.admin.portal.entity.PortalSettingsChange;
import org.foyer.core.errors.InvalidInput;

/**
 * The age, in whole years, from which staff may keep a minor client's documents and forms from the
 * client's parents, guardians and responsible parties; empty when the practice keeps nothing from
 * them. Kept apart from {@link PortalSettingsChange}, like {@link ClientOutreach}, so that the
 * callers of that record keep the practice's choice as it is.
 *
 * <p>The age a minor may consent to their own outpatient mental-health care, and so keep it from
 * their parents, is set by state law and varies, commonly from 12 to 16. The default, 14, sits in
 * the middle of that range so that a new practice neither hides nothing nor hides from parents of
 * young children; a practice sets its own state's age. 17 is the highest age that still has a minor
 * to protect; below 12 no state lets a child keep their treatment from their parents.
 *
 * @param fromAge the age from which items may be kept from guardians, or null for "off"
 */
public record MinorPrivacy(Integer fromAge) {

  public static final int MIN_AGE = 12;
  public static final int MAX_AGE = 17;
  public static final int DEFAULT_AGE = 14;

  public static final MinorPrivacy DEFAULTS = new MinorPrivacy(DEFAULT_AGE);
  public static final MinorPrivacy OFF = new MinorPrivacy(null);

  /** The same setting, or {@link InvalidInput} on {@code fromAge} when out of range. */
  public MinorPrivacy validated() {
    if (fromAge != null && (fromAge < MIN_AGE || fromAge > MAX_AGE)) {
      throw new InvalidInput(
          "The portal settings were not saved",
          Map.of(
              "minorPrivacyAge",
              "The age must be "
                  + MIN_AGE
                  + " to "
                  + MAX_AGE
                  + " years, or leave it empty to keep nothing from guardians"));
    }
    return this;
  }

  /** The age from which items may be kept from guardians, when the practice allows it at all. */
  public Optional<Integer> age() {
    return Optional.ofNullable(fromAge);
  }

  /** Whether a client of this age (in whole years) may have items kept from guardians. */
  public boolean covers(int ageInYears) {
    return fromAge != null && ageInYears >= fromAge && ageInYears < 18;
  }

  /** Plain words for the audit log and pages. */
  public String describe() {
    return fromAge == null ? "off" : "from age " + fromAge;
  }
}

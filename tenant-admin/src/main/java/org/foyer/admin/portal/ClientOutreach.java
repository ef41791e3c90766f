package org.foyer.admin.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.foyer.admin.portal.entity.PortalSettingsChange;
import org.foyer.core.errors.InvalidInput;

/**
 * How the practice reaches clients who have not finished their intake: how long an invitation link
 * stays valid, and how often and how many times a reminder goes out for forms still open. Kept
 * apart from {@link PortalSettingsChange} so that the many callers of that record, which never
 * touch outreach, keep the practice's outreach as it is.
 *
 * @param invitationDays days a portal invitation link stays valid
 * @param reminderDays days between reminders for open forms; 0 sends none
 * @param reminderLimit most reminders sent for one form
 */
public record ClientOutreach(int invitationDays, int reminderDays, int reminderLimit) {

  public static final int MAX_INVITATION_DAYS = 30;
  public static final int MAX_REMINDER_DAYS = 30;
  public static final int MAX_REMINDER_LIMIT = 10;

  /** A new practice's outreach: a week to accept, a reminder every three days, at most three. */
  public static final ClientOutreach DEFAULTS = new ClientOutreach(7, 3, 3);

  /** The same outreach, or {@link InvalidInput} naming each value out of range. */
  public ClientOutreach validated() {
    Map<String, String> errors = new LinkedHashMap<>();
    if (invitationDays < 1 || invitationDays > MAX_INVITATION_DAYS) {
      errors.put(
          "invitationDays", "An invitation stays valid 1 to " + MAX_INVITATION_DAYS + " days");
    }
    if (reminderDays < 0 || reminderDays > MAX_REMINDER_DAYS) {
      errors.put(
          "reminderDays",
          "Reminders go out every 1 to " + MAX_REMINDER_DAYS + " days, or 0 for none");
    }
    if (reminderLimit < 0 || reminderLimit > MAX_REMINDER_LIMIT) {
      errors.put(
          "reminderLimit", "At most 0 to " + MAX_REMINDER_LIMIT + " reminders are sent per form");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput("The portal settings were not saved", errors);
    }
    return this;
  }

  /** Whether reminders go out at all. */
  public boolean remindersOn() {
    return reminderDays > 0 && reminderLimit > 0;
  }
}

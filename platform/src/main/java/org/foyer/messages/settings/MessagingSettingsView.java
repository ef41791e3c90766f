package org.foyer.messages.settings;

import java.time.DayOfWeek;
import java.util.List;
import org.foyer.messages.MessageRecipients;

/**
 * A practice's messaging settings, as administrators read and send them.
 *
 * @param enabled whether clients and their contacts may use messages at all
 * @param recipients whom clients write to
 * @param autoReply shown above every compose box, and sent once a conversation outside office
 *     hours; empty for none (at most 1,000 characters)
 * @param officeDays the days the office reads messages
 * @param officeOpens opening time, HH:MM in the practice's time zone
 * @param officeCloses closing time, HH:MM, after the opening time
 * @param crisisNotice shown above every compose box; cannot be empty (at most 1,000 characters)
 */
public record MessagingSettingsView(
    boolean enabled,
    MessageRecipients recipients,
    String autoReply,
    List<DayOfWeek> officeDays,
    String officeOpens,
    String officeCloses,
    String crisisNotice) {}

package org.foyer.messages.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.messages.MessageRecipients;

/**
 * One practice's messaging settings: a single row, written the first time an administrator saves;
 * until then {@link #defaults()} answers. Values arrive validated (the boundary's change record);
 * the database checks the same bounds again.
 */
@Entity
@Table(name = "messaging_settings")
public class MessagingSettings extends TenantOwned {

  public static final int TEXT_LENGTH = 1000;

  public static final String DEFAULT_CRISIS_NOTICE =
      "Messages are not read around the clock. In a crisis, call or text 988 (Suicide and Crisis"
          + " Lifeline), or call 911 in an emergency.";

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Enumerated(EnumType.STRING)
  @Column(name = "recipients", nullable = false, length = 32)
  private MessageRecipients recipients;

  @Column(name = "auto_reply", nullable = false, length = TEXT_LENGTH)
  private String autoReply;

  @Column(name = "office_days", nullable = false)
  private short officeDays;

  @Column(name = "office_opens", nullable = false)
  private LocalTime officeOpens;

  @Column(name = "office_closes", nullable = false)
  private LocalTime officeCloses;

  @Column(name = "crisis_notice", nullable = false, length = TEXT_LENGTH)
  private String crisisNotice;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected MessagingSettings() {}

  /** What a practice that never saved messaging settings has. */
  public static MessagingSettings defaults() {
    MessagingSettings settings = new MessagingSettings();
    settings.enabled = true;
    settings.recipients = MessageRecipients.CLINICIAN_AND_FRONT_DESK;
    settings.autoReply = "";
    settings.officeDays =
        mask(
            EnumSet.of(
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY));
    settings.officeOpens = LocalTime.of(9, 0);
    settings.officeCloses = LocalTime.of(17, 0);
    settings.crisisNotice = DEFAULT_CRISIS_NOTICE;
    settings.changedAt = Instant.EPOCH;
    return settings;
  }

  /** Takes checked values over; the caller validated them. */
  public void apply(
      boolean enabled,
      MessageRecipients recipients,
      String autoReply,
      Set<DayOfWeek> officeDays,
      LocalTime opens,
      LocalTime closes,
      String crisisNotice,
      Instant now) {
    this.enabled = enabled;
    this.recipients = Objects.requireNonNull(recipients, "recipients");
    this.autoReply = Objects.requireNonNull(autoReply, "auto-reply");
    this.officeDays = mask(officeDays);
    this.officeOpens = Objects.requireNonNull(opens, "opens");
    this.officeCloses = Objects.requireNonNull(closes, "closes");
    this.crisisNotice = Objects.requireNonNull(crisisNotice, "crisis notice");
    this.changedAt = Objects.requireNonNull(now, "when");
  }

  private static short mask(Set<DayOfWeek> days) {
    int mask = 0;
    for (DayOfWeek day : days) {
      mask |= 1 << (day.getValue() - 1);
    }
    return (short) mask;
  }

  public boolean enabled() {
    return enabled;
  }

  public MessageRecipients recipients() {
    return recipients;
  }

  public String autoReply() {
    return autoReply;
  }

  public Set<DayOfWeek> officeDays() {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if ((officeDays & (1 << (day.getValue() - 1))) != 0) {
        days.add(day);
      }
    }
    return days;
  }

  public LocalTime officeOpens() {
    return officeOpens;
  }

  public LocalTime officeCloses() {
    return officeCloses;
  }

  public String crisisNotice() {
    return crisisNotice;
  }

  public Instant changedAt() {
    return changedAt;
  }
}

package org.foyer.admin.preferences;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;

/**
 * Which notifications one staff member receives. Until they choose, every notification is on: a new
 * therapist should not miss a client's message because they never opened the preferences page.
 */
@Entity
@Table(name = "staff_notification_preferences")
public class NotificationPreferences extends TenantOwned {

  @Column(name = "staff_id", nullable = false, updatable = false)
  private UUID staffId;

  @Column(name = "new_secure_message", nullable = false)
  private boolean newSecureMessage;

  @Column(name = "intake_completed", nullable = false)
  private boolean intakeCompleted;

  @Column(name = "appointment_requested_or_cancelled", nullable = false)
  private boolean appointmentRequestedOrCancelled;

  @Column(name = "payment_received", nullable = false)
  private boolean paymentReceived;

  protected NotificationPreferences() {}

  /** Everything on, for a staff member who has not chosen yet. */
  public NotificationPreferences(UUID staffId) {
    this.staffId = Objects.requireNonNull(staffId, "staffId");
    choose(EnumSet.allOf(NotificationKind.class));
  }

  /** Turns on exactly the given notifications and every other one off. */
  public void choose(Set<NotificationKind> on) {
    newSecureMessage = on.contains(NotificationKind.NEW_SECURE_MESSAGE);
    intakeCompleted = on.contains(NotificationKind.INTAKE_COMPLETED);
    appointmentRequestedOrCancelled =
        on.contains(NotificationKind.APPOINTMENT_REQUESTED_OR_CANCELLED);
    paymentReceived = on.contains(NotificationKind.PAYMENT_RECEIVED);
  }

  public Set<NotificationKind> enabled() {
    Set<NotificationKind> on = EnumSet.noneOf(NotificationKind.class);
    for (NotificationKind kind : NotificationKind.values()) {
      if (isOn(kind)) {
        on.add(kind);
      }
    }
    return on;
  }

  public boolean isOn(NotificationKind kind) {
    return switch (kind) {
      case NEW_SECURE_MESSAGE -> newSecureMessage;
      case INTAKE_COMPLETED -> intakeCompleted;
      case APPOINTMENT_REQUESTED_OR_CANCELLED -> appointmentRequestedOrCancelled;
      case PAYMENT_RECEIVED -> paymentReceived;
    };
  }

  public UUID staffId() {
    return staffId;
  }
}

package org.foyer.billing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.foyer.admin.services.boundary.ServiceTypeView;
import org.foyer.admin.services.boundary.ServiceTypes;
import org.foyer.appointments.AppointmentStatusChanged;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.billing.control.Ledger;
import org.foyer.billing.control.ProcessorAccounts;
import org.foyer.billing.entity.LedgerEntry;
import org.foyer.billing.settings.entity.BillingSettings;

/**
 * Posts the charge for an appointment's outcome, in the unit of work that recorded it: the service
 * type's rate when attended, the practice's fee when cancelled late or missed (nothing when that
 * fee is zero). One charge per appointment, however often an outcome is recorded: the ledger's
 * unique index on the appointment refuses a second.
 */
@ApplicationScoped
public class AppointmentCharges {

  static final String ACTOR = "system";

  private Ledger ledger;
  private ProcessorAccounts accounts;
  private ServiceTypes serviceTypes;
  private AuditLog audit;
  private Clock clock;

  protected AppointmentCharges() {}

  @Inject
  public AppointmentCharges(
      Ledger ledger,
      ProcessorAccounts accounts,
      ServiceTypes serviceTypes,
      AuditLog audit,
      Clock clock) {
    this.ledger = ledger;
    this.accounts = accounts;
    this.serviceTypes = serviceTypes;
    this.audit = audit;
    this.clock = clock;
  }

  public void onStatusChanged(@Observes AppointmentStatusChanged changed) {
    if (ledger.hasChargeFor(changed.appointmentId())) {
      return;
    }
    BillingSettings settings = accounts.settings();
    long cents;
    String description;
    String serviceCode = null;
    switch (changed.status()) {
      case "ATTENDED" -> {
        ServiceTypeView service = serviceTypes.findRated(changed.serviceTypeId()).orElse(null);
        cents = service == null ? 0 : service.rateCents();
        description = service == null ? "Appointment" : service.name();
        serviceCode = service == null ? null : service.billingCode();
      }
      case "LATE_CANCELLED" -> {
        cents = settings.lateCancelFeeCents();
        description = "Late cancellation fee";
      }
      case "NO_SHOW" -> {
        cents = settings.noShowFeeCents();
        description = "No-show fee";
      }
      default -> {
        return;
      }
    }
    if (cents <= 0) {
      return;
    }
    LedgerEntry charge =
        LedgerEntry.sessionCharge(
            changed.clientId(),
            cents,
            settings.currency(),
            description,
            changed.appointmentId(),
            "ATTENDED".equals(changed.status()) ? serviceCode : null,
            changed.startsAt(),
            changed.clinicianId(),
            ACTOR,
            clock.instant());
    ledger.post(charge);
    audit.record(
        AuditRecord.success(ACTOR, AuditAction.CHARGE_POSTED)
            .about(
                "client "
                    + changed.clientId()
                    + " charge "
                    + charge.id()
                    + " for appointment "
                    + changed.appointmentId()));
  }
}

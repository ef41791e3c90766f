package org.foyer.billing;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.preferences.PreferencesChanged;
import org.foyer.admin.preferences.StaffPreferences;
import org.foyer.appointments.AppointmentRequest;
import org.foyer.appointments.AppointmentStatusChanged;
import org.foyer.appointments.AppointmentsWorld;
import org.foyer.appointments.boundary.Appointments;
import org.foyer.appointments.boundary.PortalAppointments;
import org.foyer.appointments.control.AppointmentNotices;
import org.foyer.billing.boundary.AppointmentCharges;
import org.foyer.billing.boundary.Autopay;
import org.foyer.billing.boundary.Billing;
import org.foyer.billing.boundary.BillingDocuments;
import org.foyer.billing.boundary.InvoiceNotices;
import org.foyer.billing.boundary.PaymentWebhooks;
import org.foyer.billing.boundary.Payments;
import org.foyer.billing.boundary.PortalBilling;
import org.foyer.billing.boundary.SavedCards;
import org.foyer.billing.cards.AutopayFailed;
import org.foyer.billing.control.ClinicianNpis;
import org.foyer.billing.control.Gateways;
import org.foyer.billing.control.Ledger;
import org.foyer.billing.control.ProcessorAccounts;
import org.foyer.billing.control.Settlement;
import org.foyer.billing.control.gateway.PaymentGateway;
import org.foyer.billing.control.processors.ManualGateway;
import org.foyer.billing.control.processors.TestGateway;
import org.foyer.billing.invoices.InvoiceNoticeDue;
import org.foyer.billing.invoices.InvoiceRequest;
import org.foyer.billing.invoices.InvoiceSent;
import org.foyer.billing.invoices.InvoiceView;
import org.foyer.billing.settings.BillingSettingsService;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.validation.Inputs;
import org.foyer.diagnoses.boundary.Diagnoses;
import org.foyer.documents.boundary.GeneralDocuments;
import org.foyer.documents.control.DocumentVault;
import org.foyer.events.RecordedEvents;
import org.foyer.fixtures.SampleCallers;
import org.foyer.portal.account.boundary.ClientLogins;
import org.foyer.security.signin.SampleKeys;

/**
 * A practice for billing tests, on {@link AppointmentsWorld}'s (Dr. Rae Lin, front desk, Jo, Sam,
 * Kit, a 50-minute service at 150.00), with billing's services wired as the container wires them:
 * appointments fire their status changes to billing's listener in the same unit of work. The
 * processors are the manual one, the test one, and whatever a test adds (the Stripe adapter against
 * its stub).
 */
public final class BillingWorld {

  public final AppointmentsWorld base;
  public final Caller biller =
      SampleCallers.staff("bill@example.org", EnumSet.of(Capability.BILLING));
  public final Caller withoutBilling =
      SampleCallers.staff("other@example.org", EnumSet.of(Capability.MANAGE_SCHEDULE));
  public final TestGateway testGateway;
  public final Ledger ledger;
  public final ProcessorAccounts accounts;
  public final Billing billing;
  public final Settlement settlement;
  public final Payments payments;
  public final SavedCards savedCards;
  public final PaymentWebhooks webhooks;
  public final BillingSettingsService settings;
  public final AppointmentCharges charges;
  public final RecordedEvents<PaymentReceiptDue> receipts = new RecordedEvents<>();
  public final RecordedEvents<AutopayFailed> autopayFailures = new RecordedEvents<>();
  public final RecordedEvents<InvoiceNoticeDue> invoiceNotices = new RecordedEvents<>();
  public final PortalBilling portalBilling;
  public final Autopay autopay;
  public final RecordedEvents<AppointmentStatusChanged> statusChanges;
  public final Appointments appointments;
  public final PortalAppointments portal;
  public final GeneralDocuments documents;
  public final BillingDocuments billingDocuments;
  public final ClinicianNpis clinicianNpis;
  public final Diagnoses diagnoses;

  public BillingWorld(String prefix, PaymentGateway... more) {
    base = new AppointmentsWorld(prefix);
    testGateway = new TestGateway(base.clock);
    ledger = new Ledger(base.em);
    accounts = new ProcessorAccounts(base.em, SampleKeys.MASTER_KEY);
    ClientLogins logins = new ClientLogins(base.em);
    Autopay[] listening = new Autopay[1];
    BillingDocuments[] filing = new BillingDocuments[1];
    InvoiceNotices[] telling = new InvoiceNotices[1];
    billing =
        new Billing(
            base.em,
            base.audit,
            base.records,
            ledger,
            accounts,
            new RecordedEvents<InvoiceSent>(
                sent -> {
                  filing[0].onInvoiceSent(sent);
                  listening[0].onInvoiceSent(sent);
                  telling[0].onInvoiceSent(sent);
                }),
            base.clock);
    documents =
        new GeneralDocuments(
            base.em,
            base.audit,
            new DocumentVault(base.em, SampleKeys.MASTER_KEY, base.clock),
            base.records,
            base.network,
            base.clock);
    clinicianNpis = new ClinicianNpis(base.em);
    diagnoses = new Diagnoses(base.em, base.records, base.audit, Inputs.standalone(), base.clock);
    billingDocuments =
        new BillingDocuments(
            base.em,
            billing,
            ledger,
            accounts,
            base.records,
            documents,
            clinicianNpis,
            base.staff,
            diagnoses,
            base.network,
            base.clock);
    filing[0] = billingDocuments;
    settlement = new Settlement(base.em, ledger, logins, receipts, base.clock);
    List<PaymentGateway> all = new java.util.ArrayList<>(List.of(new ManualGateway(), testGateway));
    all.addAll(List.of(more));
    Gateways gateways = new Gateways(all);
    savedCards = new SavedCards(base.em, accounts, base.clock);
    payments =
        new Payments(
            base.em, billing, ledger, accounts, gateways, settlement, savedCards, base.clock);
    autopay = new Autopay(base.em, payments, savedCards, logins, base.audit, autopayFailures);
    listening[0] = autopay;
    telling[0] = new InvoiceNotices(savedCards, logins, invoiceNotices);
    portalBilling =
        new PortalBilling(
            base.em,
            base.network,
            logins,
            billing,
            payments,
            savedCards,
            ledger,
            accounts,
            gateways,
            base.audit,
            Inputs.standalone(),
            base.clock);
    webhooks = new PaymentWebhooks(base.em, base.audit, accounts, gateways, settlement, base.clock);
    settings = new BillingSettingsService(accounts, base.audit);
    charges = new AppointmentCharges(ledger, accounts, base.serviceTypes, base.audit, base.clock);
    statusChanges = new RecordedEvents<>(charges::onStatusChanged);
    AppointmentNotices notices =
        new AppointmentNotices(
            new ClientLogins(base.em),
            base.staff,
            new StaffPreferences(
                base.em, base.staff, null, null, new RecordedEvents<PreferencesChanged>()),
            new RecordedEvents<>(),
            statusChanges);
    appointments =
        new Appointments(
            base.em,
            base.audit,
            Inputs.standalone(),
            base.records,
            base.staff,
            base.serviceTypes,
            base.locations,
            notices,
            base.clock);
    portal =
        new PortalAppointments(
            base.em,
            base.audit,
            base.network,
            base.records,
            base.availability,
            base.serviceTypes,
            base.locations,
            base.staff,
            notices,
            client -> true,
            base.clock);
  }

  public <T> T in(org.foyer.core.persistence.UnitOfWork.UncheckedWork<T> work) {
    return base.in(work);
  }

  /** Jo's appointment with Dr. Lin, booked by the front desk {@code daysAhead} days from now. */
  public UUID appointmentForJo(int daysAhead) {
    Instant start =
        AppointmentsWorld.NOW.plus(Duration.ofDays(daysAhead)).plus(Duration.ofHours(1));
    return in(
        () ->
            appointments
                .book(
                    base.desk,
                    new AppointmentRequest(
                        base.jo,
                        base.therapist.accountId(),
                        base.fiftyMinutes,
                        base.office,
                        start,
                        null,
                        null,
                        null,
                        null))
                .id());
  }

  /** A charge staff enter for Jo. */
  public LedgerLine chargeJo(long cents, String what) {
    return in(() -> billing.charge(biller, base.jo, new ChargeLineRequest(cents, what)));
  }

  /** A sent invoice for Jo grouping these charges. */
  public InvoiceView sentInvoice(UUID... chargeIds) {
    return in(
        () -> {
          InvoiceView draft =
              billing.createInvoice(biller, new InvoiceRequest(base.jo, List.of(chargeIds)));
          return billing.send(biller, draft.id());
        });
  }

  /** A payment for Jo, recorded or taken, under a fresh attempt key. */
  public PaymentView pay(
      long cents, String method, String card, PaymentRequest.Allocation... allocations) {
    return in(
        () ->
            payments.pay(
                biller,
                new PaymentRequest(
                    base.jo,
                    cents,
                    method,
                    UUID.randomUUID().toString(),
                    card,
                    null,
                    List.of(allocations))));
  }

  public long joBalance() {
    return in(() -> ledger.balanceOf(base.jo));
  }
}

package org.foyer.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.foyer.admin.packets.boundary.IntakePackets;
import org.foyer.admin.packets.boundary.PacketItemSummary;
import org.foyer.admin.packets.boundary.PacketSummary;
import org.foyer.admin.portal.SelfScheduling;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.admin.portal.entity.PortalSettingsChange;
import org.foyer.admin.services.boundary.Locations;
import org.foyer.admin.services.boundary.ServiceTypes;
import org.foyer.admin.services.entity.Location;
import org.foyer.admin.services.entity.LocationKind;
import org.foyer.admin.services.entity.ServiceType;
import org.foyer.admin.staff.boundary.PracticeRegistration;
import org.foyer.admin.staff.boundary.PracticeRegistration.NewPractice;
import org.foyer.admin.staff.boundary.StaffProfile;
import org.foyer.admin.staff.control.StaffPermissions;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.appointments.AppointmentRequest;
import org.foyer.appointments.availability.HoursBlock;
import org.foyer.appointments.boundary.Appointments;
import org.foyer.appointments.boundary.Availability;
import org.foyer.appointments.entity.AppointmentStatus;
import org.foyer.billing.BillingIdentity;
import org.foyer.billing.ChargeLineRequest;
import org.foyer.billing.LedgerLine;
import org.foyer.billing.boundary.Billing;
import org.foyer.billing.invoices.InvoiceRequest;
import org.foyer.billing.invoices.InvoiceView;
import org.foyer.billing.settings.BillingSettingsService;
import org.foyer.billing.settings.ClinicianNpiSettings;
import org.foyer.clients.entity.Client;
import org.foyer.clients.entity.ClientDetails;
import org.foyer.core.access.Caller;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.practice.PracticeRegistry;
import org.foyer.core.runtime.DatabaseReady;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.tenancy.TenantSlug;
import org.foyer.core.validation.RecordDraft;
import org.foyer.diagnoses.DiagnosisInput;
import org.foyer.diagnoses.boundary.Diagnoses;
import org.foyer.intake.boundary.IntakeSending;
import org.foyer.messages.NewConversation;
import org.foyer.messages.NewMessage;
import org.foyer.messages.attachments.MessageFile;
import org.foyer.messages.boundary.MessageAttachments;
import org.foyer.messages.boundary.Messaging;
import org.foyer.messages.conversations.ConversationSummary;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.entity.ClientAccess;
import org.foyer.portal.account.entity.Contact;
import org.foyer.portal.account.entity.PortalAccount;
import org.foyer.portal.consent.ConsentGiven;
import org.foyer.portal.consent.ConsentTexts;
import org.foyer.portal.consent.ElectronicConsent;
import org.foyer.security.password.PasswordHash;
import org.foyer.security.signin.control.StaffSignIn;
import org.foyer.security.totp.TotpSecret;

/**
 * Seeds practice {@code demo} once and prints how to sign in at every start. Everyone shares one
 * published password: this is development data, and production never has it.
 */
@ApplicationScoped
public class DemoPractice {

  public static final TenantSlug SLUG = new TenantSlug("demo");
  public static final String PASSWORD = "harbor-lantern-demo-2026";
  public static final String ADMIN = "admin@demo.foyer.test";

  /** The starter packet's forms the demo client is sent: short ones, one of them scored. */
  static final Set<String> DEMO_INTAKE_FORMS =
      Set.of("client-information", "privacy-notice-acknowledgment", "phq-9");

  /**
   * The parent's two children wait for different forms, so switching between their profiles shows
   * whose list is whose.
   */
  static final Set<String> ELLA_INTAKE_FORMS = Set.of("minor-consent", "gad-7");

  static final Set<String> THEO_INTAKE_FORMS = Set.of("telehealth-consent");

  private static final Logger LOG = Logger.getLogger(DemoPractice.class.getName());

  @Inject PracticeRegistry registry;
  @Inject PracticeRegistration registration;
  @Inject UnitOfWork unitOfWork;
  @Inject EntityManager em;
  @Inject StaffSignIn staffSignIn;
  @Inject ElectronicConsent consent;
  @Inject StaffPermissions permissions;
  @Inject IntakeSending intake;
  @Inject Messaging messaging;
  @Inject Locations locations;
  @Inject ServiceTypes serviceTypes;
  @Inject Availability availability;
  @Inject Appointments appointments;
  @Inject PortalSettingsService portalSettings;
  @Inject MessageAttachments attachments;
  @Inject BillingSettingsService billingSettings;
  @Inject Billing billing;
  @Inject ClinicianNpiSettings clinicianNpis;
  @Inject Diagnoses diagnoses;
  @Inject Clock clock;

  void seed(@Observes DatabaseReady ready) {
    if (!ready.settings().demo() || ready.settings().isProduction()) {
      return;
    }
    TenantId tenant = registry.findBySlug(SLUG).map(p -> p.tenantId()).orElseGet(this::create);
    acceptCurrentConsent(tenant);
    LOG.info(signInDetails(tenant, ready.settings().port()));
  }

  private TenantId create() {
    PasswordHash passwords = new PasswordHash();
    String hash = passwords.hash(PASSWORD.toCharArray());
    NewPractice created =
        registration.register(
            SLUG, "Harbor Light Counseling", "America/Chicago", ADMIN, "Morgan Reyes", hash);
    TenantId tenant = created.practice().tenantId();
    unitOfWork.inTenant(
        tenant,
        () -> {
          staffSignIn.enrollKnownSecret(created.administrator().id(), TotpSecret.generate());
          StaffMember dana =
              staff("dana.okafor@demo.foyer.test", "Dana Okafor", StaffRole.THERAPIST, hash);
          staff("sam.lindqvist@demo.foyer.test", "Sam Lindqvist", StaffRole.THERAPIST, hash);
          staff("frontdesk@demo.foyer.test", "Riley Chen", StaffRole.FRONT_DESK, hash);
          Client jordan =
              adultClient(
                  "Jordan",
                  "Avery",
                  LocalDate.of(1990, 4, 12),
                  "jordan.avery@demo.foyer.test",
                  hash);
          Client priya =
              adultClient(
                  "Priya", "Natarajan", LocalDate.of(1984, 9, 3), "priya.n@demo.foyer.test", hash);
          PortalAccount parent = account("casey.brooks@demo.foyer.test", "Casey Brooks", hash);
          Client ella = client("Ella", "Brooks", LocalDate.of(2014, 2, 20), true);
          Client theo = client("Theo", "Brooks", LocalDate.of(2017, 7, 8), true);
          Contact casey = new Contact(parent.displayName(), parent.email(), "312 555 0147", null);
          Contact neighbour = new Contact("Nel Parks", null, "312 555 0199", null);
          em.persist(casey);
          em.persist(neighbour);
          em.flush();
          for (Client child : List.of(ella, theo)) {
            ClientAccess link =
                new ClientAccess(
                    child.id(),
                    casey.id(),
                    Relationship.PARENT,
                    null,
                    Relationship.PARENT.defaultPermissions(true));
            link.connect(parent.id());
            em.persist(link);
          }
          em.persist(
              new ClientAccess(
                  ella.id(),
                  neighbour.id(),
                  Relationship.EMERGENCY_CONTACT,
                  null,
                  Relationship.EMERGENCY_CONTACT.defaultPermissions(true)));
          sendIntake(created.administrator(), jordan, DEMO_INTAKE_FORMS);
          converse(jordan, dana);
          // Ella has a clinician so her parent has someone to write to; Theo keeps none.
          assignClinician(ella, dana);
          // Priya sees Dana too, so two of Dana's clients can wait for an earlier time.
          assignClinician(priya, dana);
          schedule(staffCaller(created.administrator()), dana, jordan, ella);
          bill(staffCaller(created.administrator()), dana, jordan, ella);
          sendIntake(created.administrator(), ella, ELLA_INTAKE_FORMS);
          sendIntake(created.administrator(), theo, THEO_INTAKE_FORMS);
          return null;
        });
    return tenant;
  }

  /**
   * The demo's portal logins have accepted the current consent to electronic records, also after a
   * new version ships, so they sign straight in to their portal.
   */
  private void acceptCurrentConsent(TenantId tenant) {
    unitOfWork.inTenant(
        tenant,
        () -> {
          em
              .createQuery("SELECT a FROM PortalAccount a", PortalAccount.class)
              .getResultList()
              .stream()
              .filter(login -> consent.isOwed(login.id()))
              .forEach(
                  login ->
                      consent.accept(
                          login.id(),
                          login.email(),
                          new ConsentGiven(
                              consent.currentVersion(),
                              ConsentTexts.DEFAULT_LANGUAGE,
                              null,
                              "demo data")));
          return null;
        });
  }

  private StaffMember staff(String email, String name, StaffRole role, String hash) {
    StaffMember member = new StaffMember(email, name, role);
    member.activate(hash);
    em.persist(member);
    em.flush();
    return member;
  }

  private void assignClinician(Client client, StaffMember clinician) {
    RecordDraft<ClientDetails> draft = RecordDraft.of(ClientDetails.class, client.details());
    draft.getValues().put("clinicianId", clinician.id());
    client.update(draft.build(), LocalDate.now(clock.withZone(ZoneId.of("America/Chicago"))));
    em.flush();
  }

  /**
   * Dana becomes Jordan's clinician, and they exchange two messages through the real messaging
   * service (sealed, audited, mailed), so Messages has something to show from the first sign-in.
   */
  private void converse(Client jordan, StaffMember dana) {
    assignClinician(jordan, dana);
    PortalAccount login =
        em.createQuery("SELECT a FROM PortalAccount a WHERE a.email = :email", PortalAccount.class)
            .setParameter("email", "jordan.avery@demo.foyer.test")
            .getSingleResult();
    Caller client = new Caller(login.id(), Caller.Kind.PORTAL, login.email(), Set.of(), Set.of());
    Caller therapist = new Caller(dana.id(), Caller.Kind.STAFF, dana.email(), Set.of(), Set.of());
    ConversationSummary started =
        messaging.start(
            client,
            jordan.id(),
            new NewConversation(
                "Moving Thursday's session",
                "Hi Dana, could we move Thursday's session to the afternoon? Work changed my"
                    + " shifts this week.",
                null,
                false,
                null));
    messaging.reply(
        therapist,
        started.id(),
        new NewMessage(
            "Of course. Thursday at 3 pm works; I have changed it. The worksheet we talked about"
                + " is at https://www.example.org/worksheet if you want it before then."));
    attachments.reply(
        client,
        started.id(),
        "Thank you! Here is my new shift plan, in case we need another time later.",
        List.of(new MessageFile("shift-plan.pdf", SHIFT_PLAN)));
  }

  /**
   * Dana's week (office mornings, telehealth on Wednesday afternoons and Friday mornings), her
   * video room, two services, instant booking in the portal with a 24-hour cancellation window, and
   * Jordan's next session on the coming Monday at 10:00.
   */
  private void schedule(Caller administrator, StaffMember dana, Client jordan, Client ella) {
    UUID office =
        locations
            .add(
                administrator,
                new Location.Details(
                    "Harbor office", LocationKind.OFFICE, "220 Lake Street, Chicago, IL 60601"))
            .id();
    UUID video =
        locations
            .add(administrator, new Location.Details("Telehealth", LocationKind.TELEHEALTH, null))
            .id();
    UUID individual =
        serviceTypes
            .add(administrator, new ServiceType.Details("Individual therapy", 50, 15_000, "90834"))
            .id();
    serviceTypes.add(administrator, new ServiceType.Details("Family session", 80, 20_000, "90847"));
    availability.setWeeklyHours(
        administrator,
        dana.id(),
        List.of(
            new HoursBlock("MONDAY", "09:00", "12:00", office, null),
            new HoursBlock("TUESDAY", "09:00", "12:00", office, null),
            new HoursBlock("WEDNESDAY", "13:00", "17:00", video, null),
            new HoursBlock("THURSDAY", "09:00", "16:00", office, null),
            new HoursBlock("FRIDAY", "09:00", "12:00", video, null)));
    availability.setVideoLink(administrator, dana.id(), "https://video.example.org/dana-okafor");
    PortalSettingsChange current = portalSettings.getSettings(administrator).asChange();
    portalSettings.change(
        administrator,
        new PortalSettingsChange(
            current.portalEnabled(),
            current.contactNetworkEnabled(),
            current.displayName(),
            current.brandColour(),
            current.welcomeMessage(),
            current.sessionTimeoutMinutes(),
            current.staffMfaPolicy(),
            current.clientMfa(),
            SelfScheduling.INSTANT,
            24,
            // Clients pay in the portal, through the test processor connected below.
            true));
    ZoneId chicago = ZoneId.of("America/Chicago");
    LocalDate today = LocalDate.now(clock.withZone(chicago));
    SessionWithDana session =
        (client, day, hour) ->
            appointments
                .book(
                    administrator,
                    new AppointmentRequest(
                        client.id(),
                        dana.id(),
                        individual,
                        office,
                        day.atTime(hour, 0).atZone(chicago).toInstant(),
                        null,
                        null,
                        null,
                        null))
                .id();
    session.book(jordan, today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), 10);
    // Last Monday's session, attended: billing charges it with its CPT code, for the invoice and
    // the superbill Jordan finds in the portal.
    appointments.mark(
        administrator,
        session.book(jordan, today.with(TemporalAdjusters.previous(DayOfWeek.MONDAY)), 10),
        AppointmentStatus.ATTENDED);
    // Ella came last Tuesday with Casey: her invoice is the one Casey pays in part.
    appointments.mark(
        administrator,
        session.book(ella, today.with(TemporalAdjusters.previous(DayOfWeek.TUESDAY)), 9),
        AppointmentStatus.ATTENDED);
  }

  /** An individual session with Dana at the office, booked by the administrator. */
  @FunctionalInterface
  private interface SessionWithDana {
    UUID book(Client client, LocalDate day, int hour);
  }

  /**
   * The practice takes cards through the test processor (no keys, no real money), has its superbill
   * details, Dana's NPI and Jordan's and Ella's diagnoses entered, and Jordan and Ella (through
   * Casey) have been sent invoices for their last sessions to pay in the portal.
   */
  private void bill(Caller administrator, StaffMember dana, Client jordan, Client ella) {
    billingSettings.connect(administrator, "TEST", null, "whsec_demo_test_processor");
    billingSettings.changeIdentity(
        administrator, new BillingIdentity("1234567893", "36-1234567", BillingIdentity.OFFICE));
    clinicianNpis.change(administrator, dana.id(), "1245319599");
    diagnoses.add(
        administrator, jordan.id(), new DiagnosisInput("F41.1", "Generalized anxiety disorder"));
    diagnoses.add(
        administrator,
        ella.id(),
        new DiagnosisInput("F93.0", "Separation anxiety disorder of childhood"));
    sendInvoiceOfSession(administrator, jordan);
    sendInvoiceOfSession(administrator, ella);
  }

  /**
   * Invoices the client's charged session (or, should none be charged, one by hand) and sends it.
   */
  private void sendInvoiceOfSession(Caller administrator, Client client) {
    LedgerLine session =
        billing.ledger(administrator, client.id()).lines().stream()
            .filter(line -> "CHARGE".equals(line.kind()))
            .findFirst()
            .orElseGet(
                () ->
                    billing.charge(
                        administrator,
                        client.id(),
                        new ChargeLineRequest(15_000, "Individual therapy")));
    InvoiceView invoice =
        billing.createInvoice(
            administrator, new InvoiceRequest(client.id(), List.of(session.id())));
    billing.send(administrator, invoice.id());
  }

  private Caller staffCaller(StaffProfile member) {
    return new Caller(
        member.id(),
        Caller.Kind.STAFF,
        member.email(),
        Set.of(),
        permissions.capabilitiesOf(member.id()));
  }

  /** A one-page PDF for the demo conversation's attachment. */
  private static final byte[] SHIFT_PLAN =
      ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
              + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
              + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
              + "trailer<</Root 1 0 R>>\n%%EOF\n")
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private Client adultClient(String first, String last, LocalDate born, String email, String hash) {
    Client client = client(first, last, born, false);
    PortalAccount login = account(email, first + " " + last, hash);
    em.persist(new ClientAccess(login.id(), client.id(), Relationship.SELF));
    return client;
  }

  /**
   * The administrator sends the starter packet, trimmed to a few forms, through the real sending
   * service, so the demo's client portal has forms to fill in from the first sign-in.
   */
  void sendIntake(StaffProfile administrator, Client client, Set<String> formKeys) {
    Caller caller = staffCaller(administrator);
    PacketSummary starter =
        intake.listPackets(caller).stream()
            .filter(p -> p.name().equals(IntakePackets.STARTER_PACKET))
            .findFirst()
            .orElseThrow();
    Set<UUID> leftOut =
        intake.listIncludedItems(caller, starter.id()).stream()
            .filter(item -> !formKeys.contains(item.formKey()))
            .map(PacketItemSummary::id)
            .collect(Collectors.toSet());
    intake.sendPacket(caller, client.id(), starter.id(), leftOut);
  }

  private Client client(String first, String last, LocalDate born, boolean minor) {
    Client client = new Client(first, last, born, minor);
    em.persist(client);
    em.flush();
    return client;
  }

  private PortalAccount account(String email, String name, String hash) {
    PortalAccount account = new PortalAccount(email, name);
    account.activate(hash);
    em.persist(account);
    em.flush();
    return account;
  }

  private String signInDetails(TenantId tenant, int port) {
    String totpKey =
        unitOfWork
            .inTenant(tenant, () -> staffSignIn.revealTotpKey(ADMIN))
            .orElse("(not enrolled)");
    return String.join(
        "\n",
        "",
        "==== Foyer demo practice (development only) ====",
        "Sign in at http://localhost:" + port + "/p/demo/login with password " + PASSWORD,
        "  Organization administrator: " + ADMIN + "  (authenticator key " + totpKey + ")",
        "  Therapists:                 dana.okafor@demo.foyer.test, sam.lindqvist@demo.foyer.test",
        "  Front desk:                 frontdesk@demo.foyer.test",
        "  Adult clients (portal):     jordan.avery@demo.foyer.test, priya.n@demo.foyer.test",
        "  Parent of two minors:       casey.brooks@demo.foyer.test",
        "DEMO-TOTP-KEY " + totpKey,
        "================================================");
  }
}

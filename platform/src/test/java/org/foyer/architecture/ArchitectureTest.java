package org.foyer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.core.practice.Practice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module and safety rules of ARCHITECTURE.md, held as tests over all four modules. */
class ArchitectureTest {

  /** Packages of the tenant-admin module (and below it); the platform's are everything else. */
  static final String[] TENANT_ADMIN = {
    "org.foyer.admin..",
    "org.foyer.core.tenancy..",
    "org.foyer.core.persistence..",
    "org.foyer.core.errors..",
    "org.foyer.core.access..",
    "org.foyer.core.time.."
  };

  static final String[] PLATFORM = {
    "org.foyer.core.rest..",
    "org.foyer.audit..",
    "org.foyer.clients..",
    "org.foyer.demo..",
    "org.foyer.documents..",
    "org.foyer.core.health..",
    "org.foyer.intake..",
    "org.foyer.mail..",
    "org.foyer.messages..",
    "org.foyer.operator..",
    "org.foyer.portal..",
    "org.foyer.core.runtime..",
    "org.foyer.security..",
    "org.foyer.core.web.."
  };

  static JavaClasses foyer;

  @BeforeAll
  static void importFoyer() {
    foyer =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.foyer");
  }

  @Test
  void formEngineIsAPlainLibrary() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("org.foyer.forms..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "jakarta..", "javax.persistence..", "java.sql..", "org.foyer.templates..")
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage(TENANT_ADMIN)
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage(PLATFORM);
    rule.check(foyer);
  }

  @Test
  void templatesUseOnlyTheEngine() {
    noClasses()
        .that()
        .resideInAPackage("org.foyer.templates..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(TENANT_ADMIN)
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage(PLATFORM)
        .allowEmptyShould(true)
        .check(foyer);
  }

  @Test
  void tenantAdminNeverImportsThePlatform() {
    noClasses()
        .that()
        .resideInAnyPackage(TENANT_ADMIN)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(PLATFORM)
        .check(foyer);
  }

  @Test
  void jtaTransactionsAreNotUsedBecauseTheyWouldNotGovernFoyersUnitOfWork() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("jakarta.transaction.Transactional")
        .check(foyer);
  }

  @Test
  void nativeSqlStaysInReviewedPlaces() {
    noClasses()
        .that()
        // Transaction-scoped advisory locks (the audit chain, a clinician's and a room's time):
        // the statement reads and writes no table.
        .doNotHaveFullyQualifiedName("org.foyer.core.persistence.UnitOfWork")
        // The outbox claim: SELECT ... FOR UPDATE SKIP LOCKED, which EclipseLink cannot express;
        // reviewed: reads ids only, bound to the unit of work's practice by row-level security.
        .and()
        .doNotHaveFullyQualifiedName("org.foyer.core.mail.OutboxClaims")
        // The intake reminder claim: the same SKIP LOCKED pattern over intake_form ids.
        .and()
        .doNotHaveFullyQualifiedName("org.foyer.intake.control.ReminderClaims")
        // The appointment reminder claim: INSERT ... ON CONFLICT DO NOTHING of one row, with the
        // unit of work's practice as tenant_id (row-level security checks it on insert).
        .and()
        .doNotHaveFullyQualifiedName("org.foyer.appointments.control.ReminderClaims")
        // The biller's list of owed invoices: three sums per invoice in one read-only statement
        // (JPQL would take three per invoice), bound to the practice by row-level security and an
        // explicit tenant condition.
        .and()
        .doNotHaveFullyQualifiedName("org.foyer.billing.control.Ledger")
        .should()
        .callMethod(EntityManager.class, "createNativeQuery", String.class)
        .orShould()
        .callMethod(EntityManager.class, "createNativeQuery", String.class, Class.class)
        .check(foyer);
  }

  @Test
  void everyEntityButThePracticeRegistryIsTenantOwned() {
    classes()
        .that()
        .areAnnotatedWith(Entity.class)
        .and()
        .doNotBelongToAnyOf(Practice.class)
        .should()
        .beAssignableTo(TenantOwned.class)
        .check(foyer);
  }

  @Test
  void onlyTheLauncherWritesToTheConsole() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.foyer.core.runtime")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(Throwable.class, "printStackTrace")
        .check(foyer);
  }

  /**
   * Services take the one injected {@link java.time.Clock} ({@code SystemClock} produces it), so a
   * test moves time through the same constructor production uses and nothing reads the machine's
   * time behind its back. The form engine is a library and is given its dates.
   */
  @Test
  void onlyTheSystemClockReadsTheMachinesTime() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.foyer.forms..", "org.foyer.templates..")
        .and()
        .doNotHaveFullyQualifiedName("org.foyer.core.time.SystemClock")
        .should()
        .callMethod(java.time.Clock.class, "systemUTC")
        .orShould()
        .callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now", java.time.ZoneId.class)
        .orShould()
        .callMethod(java.time.LocalDateTime.class, "now")
        .orShould()
        .callMethod(java.time.ZonedDateTime.class, "now")
        .orShould()
        .callMethod(java.time.ZonedDateTime.class, "now", java.time.ZoneId.class)
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .check(foyer);
  }
}

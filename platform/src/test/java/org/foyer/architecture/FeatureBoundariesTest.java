package org.foyer.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toCollection;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feature boundaries (issue 12): a core that every feature may use and that uses no feature, no
 * package cycles, and no feature reaching into another feature's entities. Features talk through
 * services, records and CDI events, so one feature's tables can change without touching another.
 */
class FeatureBoundariesTest {

  static final String CORE = "org.foyer.core..";

  /** The engine and template packs are libraries below every feature, not features. */
  static final String[] LIBRARIES = {"org.foyer.forms..", "org.foyer.templates.."};

  /** The demo seeds every feature's data on purpose and is not part of the product's features. */
  static final String DEMO = "org.foyer.demo..";

  /**
   * A feature is org.foyer.x, or org.foyer.group.x for the groups below; a feature's sub-packages
   * (its boundary/control/entity layers, or parts such as mail.dev) belong to it.
   */
  private static final Pattern FEATURE =
      Pattern.compile("^org\\.foyer\\.((?:admin|portal|security)\\.)?[a-z]+");

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
  void theCoreUsesNoFeature() {
    ArchRuleDefinition.noClasses()
        .that()
        .resideInAPackage(CORE)
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.foyer..").and(resideOutsideOfPackages(CORE, "org.foyer.forms..")))
        .check(foyer);
  }

  @Test
  void packagesOfMainCodeHaveNoCycles() {
    slices().matching("org.foyer.(**)").should().beFreeOfCycles().check(foyer);
  }

  @Test
  void noFeatureUsesAnotherFeaturesEntities() {
    ArchRuleDefinition.classes()
        .that()
        .resideOutsideOfPackages(CORE, DEMO)
        .and()
        .resideOutsideOfPackages(LIBRARIES)
        .should(useOnlyTheirOwnFeaturesEntities())
        .check(foyer);
  }

  /**
   * A feature's package past a dozen types is split, into its boundary's services, pages and API,
   * or into its parts' own packages (README, "How the code is laid out"): a reader finds a thing by
   * its package, and a package of thirty is read as a list. Nested types belong to their class. The
   * engine is a library with its own reasons (its renderer keeps the minting of safe markup inside
   * one package) and is not counted.
   */
  @Test
  void noPackageOfFeaturesOrCoreHoldsMoreThanADozenTypes() {
    Map<String, TreeSet<String>> typesByPackage =
        foyer.stream()
            .filter(JavaClass::isTopLevelClass)
            .filter(type -> !type.getSimpleName().equals("package-info"))
            .filter(resideInAnyPackage(LIBRARIES).negate())
            .collect(
                groupingBy(
                    JavaClass::getPackageName,
                    TreeMap::new,
                    mapping(JavaClass::getSimpleName, toCollection(TreeSet::new))));

    assertThat(typesByPackage).isNotEmpty().containsKey("org.foyer.billing.boundary");
    typesByPackage.forEach(
        (name, types) ->
            assertThat(types).as("the types of %s", name).hasSizeLessThanOrEqualTo(12));
  }

  private static ArchCondition<JavaClass> useOnlyTheirOwnFeaturesEntities() {
    return new ArchCondition<>("use no other feature's entities") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        origin.getDirectDependenciesFromSelf().stream()
            .map(Dependency::getTargetClass)
            .filter(target -> isPersistent(target) || inAnEntityPackage(target))
            .filter(target -> !target.getPackageName().startsWith("org.foyer.core."))
            .filter(target -> !feature(target).equals(feature(origin)))
            .map(JavaClass::getName)
            .distinct()
            .forEach(
                target ->
                    events.add(
                        SimpleConditionEvent.violated(
                            origin, origin.getName() + " uses " + target)));
      }
    };
  }

  /**
   * A feature's entity package is its own even for plain values: what other features need of it
   * (ids, events, records handed to a service) is published in the feature's root or boundary
   * package, so the entity package can change with its tables.
   */
  private static boolean inAnEntityPackage(JavaClass type) {
    return type.getPackageName().contains(".entity");
  }

  private static boolean isPersistent(JavaClass type) {
    return type.isAnnotatedWith(Entity.class)
        || type.isAnnotatedWith(Embeddable.class)
        || type.isAnnotatedWith(MappedSuperclass.class)
        || type.isAnnotatedWith(Converter.class);
  }

  static String feature(JavaClass type) {
    Matcher feature = FEATURE.matcher(type.getPackageName());
    return feature.find() ? feature.group() : type.getPackageName();
  }
}

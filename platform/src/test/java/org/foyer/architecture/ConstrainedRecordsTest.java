package org.foyer.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A record whose components carry Bean Validation constraints declares its canonical constructor:
 * the implicit one copies the constraints onto its parameters, and Payara's OpenAPI scanner then
 * fails on a constrained parameter that is not a JAX-RS parameter (payara/Payara#7649), so {@code
 * /openapi} answers 500 for the whole application.
 */
class ConstrainedRecordsTest {

  @Test
  void noRecordCarriesConstraintsOntoItsConstructorsParameters() throws Exception {
    List<String> offending = new ArrayList<>();
    for (JavaClass imported :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // Other modules' test fixtures reach this classpath as test jars.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.foyer")) {
      if (!imported.isRecord()) {
        continue;
      }
      Class<?> record = Class.forName(imported.getName());
      RecordComponent[] components = record.getRecordComponents();
      Constructor<?> canonical =
          record.getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
      for (Annotation[] parameter : canonical.getParameterAnnotations()) {
        if (Arrays.stream(parameter).anyMatch(ConstrainedRecordsTest::isConstraint)) {
          offending.add(record.getName());
          break;
        }
      }
    }
    assertThat(offending).as("records whose constructor parameters carry constraints").isEmpty();
  }

  private static boolean isConstraint(Annotation annotation) {
    return annotation.annotationType().getPackageName().startsWith("jakarta.validation");
  }
}

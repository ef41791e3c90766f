package org.foyer.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * JAX-RS chooses one root resource class by its path and never tries another: a class whose path is
 * another's plus one template segment ({@code clients/{id}} next to {@code clients}) takes every
 * request for {@code clients/<id>} away from the other class, whose methods then answer 404 or 405.
 * A billing resource did exactly that to the client record's address.
 */
class ResourcePathsTest {

  @Test
  void noResourceClassHidesAnotherBehindATemplateSegment() {
    Map<String, String> classesByPath = new TreeMap<>();
    Map<String, Boolean> hasSubPaths = new TreeMap<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.foyer")) {
      if (type.isAnnotatedWith(Path.class)) {
        String path = type.getAnnotationOfType(Path.class).value().replaceAll("^/|/$", "");
        classesByPath.put(path, type.getName());
        hasSubPaths.put(
            path,
            type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(Path.class)));
      }
    }
    assertThat(classesByPath).hasSizeGreaterThan(20);
    List<String> hiding = new ArrayList<>();
    for (String path : classesByPath.keySet()) {
      int cut = path.lastIndexOf('/');
      if (cut > 0 && path.substring(cut + 1).matches("\\{[^}]+}")) {
        String shadowed = path.substring(0, cut);
        // Only the shorter class's own sub-paths (clients/{id}) are taken; its root methods stay.
        if (classesByPath.containsKey(shadowed) && hasSubPaths.get(shadowed)) {
          hiding.add(
              classesByPath.get(path) + " (" + path + ") hides " + classesByPath.get(shadowed));
        }
      }
    }
    assertThat(hiding).isEmpty();
  }
}

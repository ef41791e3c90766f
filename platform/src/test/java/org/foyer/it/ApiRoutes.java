package org.foyer.it;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every REST operation the deployment registers, read from the JAX-RS annotations of the resource
 * classes in platform and tenant-admin (the classes the packaged WAR carries), so a test can hold
 * each one against what the server documents or answers.
 */
final class ApiRoutes {

  /**
   * One operation: HTTP method, path under /api as JAX-RS declares it, what it consumes and whether
   * it reads a request body at all.
   */
  record Route(String method, String path, String consumes, boolean takesBody) {

    /** The path with its template variables replaced, ready to call. */
    String concrete(String slug, String id) {
      return "/api/" + path.replace("{slug}", slug).replaceAll("\\{[^}]+}", id);
    }
  }

  private ApiRoutes() {}

  static List<Route> all() {
    List<Route> routes = new ArrayList<>();
    for (JavaClass resource :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.foyer")) {
      if (!resource.isAnnotatedWith(Path.class)) {
        continue;
      }
      Class<?> type = resource.reflect();
      String root = type.getAnnotation(Path.class).value();
      for (Method method : type.getMethods()) {
        String http = httpMethodOf(method);
        if (http == null) {
          continue;
        }
        Path sub = method.getAnnotation(Path.class);
        String path = sub == null ? root : root + "/" + sub.value();
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null) {
          consumes = type.getAnnotation(Consumes.class);
        }
        routes.add(
            new Route(
                http,
                normalise(path),
                consumes == null ? "application/json" : consumes.value()[0],
                takesBody(method)));
      }
    }
    routes.sort(Comparator.comparing(Route::path).thenComparing(Route::method));
    return routes;
  }

  /** Drops regular expressions from template variables ({colour: [0-9a-f]{6}} -> {colour}). */
  static String normalise(String path) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    boolean inRegex = false;
    for (char c : path.replaceAll("/+", "/").toCharArray()) {
      if (c == '{') {
        depth++;
        if (depth == 1) {
          out.append(c);
        }
        continue;
      }
      if (c == '}') {
        depth--;
        if (depth == 0) {
          inRegex = false;
          out.append(c);
        }
        continue;
      }
      if (depth == 1 && c == ':') {
        inRegex = true;
        continue;
      }
      if (!inRegex && depth <= 1 && c != ' ') {
        out.append(c);
      }
    }
    String normal = out.toString();
    return normal.endsWith("/") ? normal.substring(0, normal.length() - 1) : normal;
  }

  /** A parameter without a JAX-RS source annotation is the request body. */
  private static boolean takesBody(Method method) {
    for (Annotation[] annotations : method.getParameterAnnotations()) {
      boolean sourced = false;
      for (Annotation annotation : annotations) {
        sourced |=
            annotation.annotationType().getPackageName().equals("jakarta.ws.rs")
                || annotation.annotationType().getPackageName().equals("jakarta.ws.rs.core");
      }
      if (!sourced) {
        return true;
      }
    }
    return false;
  }

  private static String httpMethodOf(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }
}

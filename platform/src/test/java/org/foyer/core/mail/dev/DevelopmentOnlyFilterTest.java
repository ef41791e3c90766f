package org.foyer.core.mail.dev;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.foyer.core.runtime.RuntimeSettings;
import org.junit.jupiter.api.Test;

/** Development pages answer 404 in production, like pages that do not exist. */
class DevelopmentOnlyFilterTest {

  final AtomicInteger error = new AtomicInteger();
  final AtomicBoolean passedOn = new AtomicBoolean();

  final HttpServletRequest request =
      (HttpServletRequest)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {HttpServletRequest.class},
              (proxy, method, args) -> null);

  final HttpServletResponse response =
      (HttpServletResponse)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (proxy, method, args) -> {
                if (method.getName().equals("sendError")) {
                  error.set((Integer) args[0]);
                }
                return null;
              });

  static RuntimeSettings mode(String mode) {
    return RuntimeSettings.read(
        name -> Optional.ofNullable(Map.of(RuntimeSettings.MODE, mode).get(name)));
  }

  @Test
  void productionAnswersNotFoundAndNeverReachesThePage() throws Exception {
    new DevelopmentOnlyFilter(mode("production"))
        .doFilter(request, response, (req, res) -> passedOn.set(true));
    assertThat(error.get()).isEqualTo(404);
    assertThat(passedOn).isFalse();
  }

  @Test
  void developmentShowsThePage() throws Exception {
    new DevelopmentOnlyFilter(mode("development"))
        .doFilter(request, response, (req, res) -> passedOn.set(true));
    assertThat(error.get()).isZero();
    assertThat(passedOn).isTrue();
  }

  @Test
  void coversTheTestProcessorsCardPagesAsWell() {
    // The test processor takes made-up cards and moves no money: in production it must not exist.
    assertThat(DevelopmentOnlyFilter.class.getAnnotation(WebFilter.class).urlPatterns())
        .contains("/dev/*", "/test-processor/*");
  }
}

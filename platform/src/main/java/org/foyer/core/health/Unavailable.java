package org.foyer.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.foyer.core.web.ProblemWriter;
import org.foyer.core.web.errors.ErrorPage;
import org.foyer.core.web.errors.ErrorPages;
import org.foyer.core.web.routing.PracticeRouting;

/**
 * The answer while Foyer cannot serve (its database is down, or it is stopping): 503 with a
 * Retry-After, a plain page for people and a problem document for the API.
 */
@ApplicationScoped
public class Unavailable {

  public static final String RETRY_AFTER_SECONDS = "30";

  @Inject ProblemWriter problems;

  public void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.resetBuffer();
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    response.setHeader("Cache-Control", "no-store");
    if (PracticeRouting.isApi(PracticeRouting.pathOf(request))) {
      problems.write(
          response,
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          "Service Unavailable",
          "Foyer cannot reach its database right now and did not carry out this request. Try"
              + " again in a minute.");
    } else {
      ErrorPages.write(ErrorPage.UNAVAILABLE, request, response);
    }
    response.flushBuffer();
  }
}

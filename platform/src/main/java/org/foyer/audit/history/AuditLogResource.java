package org.foyer.audit.history;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.practice.Practice;
import org.foyer.core.practice.PracticeRegistry;
import org.foyer.core.tenancy.TenantSlug;

/** The practice's audit log, for staff who review it. */
@Path("p/{slug}/audit/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogResource {

  @Inject PracticeAuditLog log;
  @Inject PracticeRegistry practices;
  @Inject Caller caller;
  @Context HttpServletRequest request;

  @GET
  @Operation(
      summary =
          "What was recorded between two days (from, to: 2026-12-01), of everyone or one person",
      description =
          "Days are on the practice's calendar, at most a year apart; person is an email. Fifty"
              + " events a page, newest first; olderThan, when present, is the before= of the next"
              + " page. Each reading is itself recorded.")
  public AuditLogView read(
      @PathParam("slug") String slug,
      @QueryParam("person") String person,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("before") Long before) {
    ZoneId zone =
        TenantSlug.parse(slug)
            .flatMap(practices::findBySlug)
            .map(Practice::timeZone)
            .orElse(ZoneOffset.UTC);
    return log.read(
        caller,
        new AuditLogQuery(
            person, day("from", from), day("to", to), before == null ? Long.MAX_VALUE : before),
        zone,
        request.getRemoteAddr());
  }

  private static LocalDate day(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException malformed) {
      String problem = "Give the day as 2026-12-01";
      throw new InvalidInput(problem, Map.of(field, problem));
    }
  }
}

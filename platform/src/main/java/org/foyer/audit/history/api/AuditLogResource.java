package org.foyer.audit.history.api;

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
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.audit.history.AccessEntry;
import org.foyer.audit.history.AuditLogQuery;
import org.foyer.audit.history.AuditLogView;
import org.foyer.audit.history.PracticeAuditLog;
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
    ZoneId zone = zoneOf(slug);
    return log.read(
        caller,
        new AuditLogQuery(
            person, day("from", from), day("to", to), before == null ? Long.MAX_VALUE : before),
        zone,
        request.getRemoteAddr());
  }

  @GET
  @Path("export")
  @Produces("text/csv")
  @Operation(
      summary = "The same days as a spreadsheet (CSV): every event at once, newest first",
      description =
          "Refused with 400 naming to when the days hold more than 20,000 events. Times carry the"
              + " practice's offset. The export is itself recorded.")
  public Response export(
      @PathParam("slug") String slug,
      @QueryParam("person") String person,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    ZoneId zone = zoneOf(slug);
    LocalDate first = day("from", from);
    LocalDate last = day("to", to);
    List<AccessEntry> entries =
        log.export(
            caller,
            new AuditLogQuery(person, first, last, Long.MAX_VALUE),
            zone,
            request.getRemoteAddr());
    return Response.ok(AuditCsv.of(entries, zone), "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"audit-log-" + first + "-to-" + last + ".csv\"")
        .build();
  }

  private ZoneId zoneOf(String slug) {
    return TenantSlug.parse(slug)
        .flatMap(practices::findBySlug)
        .map(Practice::timeZone)
        .orElse(ZoneOffset.UTC);
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

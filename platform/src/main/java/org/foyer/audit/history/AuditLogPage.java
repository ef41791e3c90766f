package org.foyer.audit.history;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.foyer.admin.pages.PageMessages;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.boundary.StaffProfile;
import org.foyer.audit.boundary.AuditReview;
import org.foyer.audit.entity.BrokenLink;
import org.foyer.audit.entity.ChainVerification;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.web.routing.PracticeTime;

/**
 * The staff page of the practice's audit log: a person (or everyone) and two days, as query
 * parameters so a reviewer can keep or share the address of what they looked at; and the check of
 * the audit chain.
 */
@Named("auditLog")
@RequestScoped
public class AuditLogPage {

  /** The days shown when none are asked for: the last week, today included. */
  static final int DEFAULT_DAYS = 7;

  @Inject PracticeAuditLog log;
  @Inject AuditReview review;
  @Inject StaffDirectory staff;
  @Inject PracticeTime time;
  @Inject Clock clock;
  @Inject Caller caller;
  @Inject HttpServletRequest request;

  private String person;
  private String from;
  private String to;
  private String before;
  private AuditLogView view = new AuditLogView(List.of(), null);

  public void load() {
    ZoneId zone = ZoneId.of(time.getZoneId());
    LocalDate today = LocalDate.now(clock.withZone(zone));
    try {
      LocalDate last = to == null || to.isBlank() ? today : LocalDate.parse(to.strip());
      LocalDate first =
          from == null || from.isBlank()
              ? last.minusDays(DEFAULT_DAYS - 1)
              : LocalDate.parse(from.strip());
      from = first.toString();
      to = last.toString();
      view =
          log.read(
              caller,
              new AuditLogQuery(person, first, last, beforeSeq()),
              zone,
              request.getRemoteAddr());
    } catch (DateTimeParseException malformed) {
      PageMessages.error(
          "from", "Enter the days as the date pickers give them, such as 2026-12-01.");
    } catch (InvalidInput refused) {
      PageMessages.BESIDE_INPUTS.refuse(null, refused);
    }
  }

  /**
   * Checks the audit chain against its last signed anchor and says what it found, at the top of the
   * page the check reloads.
   */
  public void verify() {
    ChainVerification result = review.verify(caller, request.getRemoteAddr());
    if (result.isIntact()) {
      PageMessages.SUMMARY_ONLY.run(
          () -> {},
          "The audit chain is intact: "
              + result.intactEvents()
              + " events, each still linked to the one before and to the last signed anchor.");
    } else {
      BrokenLink broken = result.findBrokenLink().orElseThrow();
      PageMessages.error(
          null, "The audit chain is broken at event " + broken.seq() + ": " + broken.detail());
    }
    load();
  }

  private long beforeSeq() {
    return AuditLogQuery.pageStart(before);
  }

  public boolean isPaged() {
    return beforeSeq() != Long.MAX_VALUE;
  }

  /** Everyone the practice has had on its staff, those who left too. */
  public List<StaffProfile> getPeople() {
    return staff.listEveryone();
  }

  /** The address of this page with the same filters, starting below {@code beforeSeq}. */
  public String olderLink(long beforeSeq) {
    return link() + "&before=" + beforeSeq;
  }

  public String link() {
    return "?person="
        + URLEncoder.encode(person == null ? "" : person, StandardCharsets.UTF_8)
        + "&from="
        + from
        + "&to="
        + to;
  }

  public AuditLogView getView() {
    return view;
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getBefore() {
    return before;
  }

  public void setBefore(String before) {
    this.before = before;
  }
}

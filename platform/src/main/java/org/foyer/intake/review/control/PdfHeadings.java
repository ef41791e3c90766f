package org.foyer.intake.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.forms.pdf.PdfHeading;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.portal.account.boundary.ClientLogins;

/**
 * What the heading of an intake PDF says: the current practice and its time zone, the client by
 * legal name and date of birth, and who submitted (by name, with the relationship when a contact
 * acted for the client). Call inside a unit of work.
 */
@ApplicationScoped
public class PdfHeadings {

  private EntityManager em;
  private ClientRecords records;
  private ClientLogins logins;

  protected PdfHeadings() {}

  @Inject
  public PdfHeadings(EntityManager em, ClientRecords records, ClientLogins logins) {
    this.em = em;
    this.records = records;
    this.logins = logins;
  }

  /** The heading of a submitted form. */
  public PdfHeading submitted(AssignedForm form) {
    Practice practice = practice();
    ClientIdentity client = records.getIdentity(form.clientId());
    Submitter submitter = submitter(form, client);
    return new PdfHeading(
        practice.name(),
        client.legalName(),
        client.dateOfBirth(),
        submitter.name(),
        submitter.onBehalfOf(),
        practice.timeZone());
  }

  /** The heading of a form sent to a client and printed blank: the client, nothing submitted. */
  public PdfHeading sent(AssignedForm form) {
    Practice practice = practice();
    ClientIdentity client = records.getIdentity(form.clientId());
    return new PdfHeading(
        practice.name(), client.legalName(), client.dateOfBirth(), "", "", practice.timeZone());
  }

  /** The heading of a blank form that belongs to no client yet. */
  public PdfHeading practiceOnly() {
    Practice practice = practice();
    return PdfHeading.practiceOnly(practice.name(), practice.timeZone());
  }

  /**
   * Who submitted the form, as people read it: the login's name (its address when no login of the
   * client's network has it, as for a form staff entered), and the client's name when the submitter
   * acted for them.
   */
  public Submitter submitter(AssignedForm form, ClientIdentity client) {
    String email = form.submittedBy().orElse("");
    String name = logins.findNameInNetwork(form.clientId(), email).orElse(email);
    Optional<String> forWhom = form.submittedOnBehalfOf().map(ignored -> client.legalName());
    return new Submitter(name, forWhom.orElse(""));
  }

  /** A submitter's name and, when they acted for the client, the client's name. */
  public record Submitter(String name, String onBehalfOf) {}

  private Practice practice() {
    return em.find(Practice.class, Tenancy.require().value());
  }
}

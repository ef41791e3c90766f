package org.foyer.contacts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.core.validation.Shapes;

/**
 * Staff reviewed the parent and guardian links of a client who turned 18: kept, narrowed or revoked
 * through the Contacts section, and marked done here. One per client; it changes no link, it only
 * takes the client off the "Turned 18" list.
 */
@Entity
@Table(name = "contacts_review")
public class ContactsReview extends TenantOwned {

  @Column(name = "client_id", nullable = false, updatable = false)
  private UUID clientId;

  @Column(name = "came_of_age", nullable = false, updatable = false)
  private LocalDate cameOfAge;

  @Column(name = "reviewed_at", nullable = false, updatable = false)
  private Instant reviewedAt;

  @Column(name = "reviewed_by", nullable = false, updatable = false, length = Shapes.EMAIL_LENGTH)
  private String reviewedBy;

  protected ContactsReview() {}

  /**
   * @param cameOfAge the client's 18th birthday in the practice's time zone
   * @param reviewedBy the email of the staff member who marked the review done
   */
  public ContactsReview(UUID clientId, LocalDate cameOfAge, Instant reviewedAt, String reviewedBy) {
    this.clientId = Objects.requireNonNull(clientId, "client");
    this.cameOfAge = Objects.requireNonNull(cameOfAge, "18th birthday");
    this.reviewedAt = Objects.requireNonNull(reviewedAt, "time of the review");
    this.reviewedBy = Objects.requireNonNull(reviewedBy, "reviewer");
  }

  public UUID clientId() {
    return clientId;
  }

  public LocalDate cameOfAge() {
    return cameOfAge;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }

  public String reviewedBy() {
    return reviewedBy;
  }
}

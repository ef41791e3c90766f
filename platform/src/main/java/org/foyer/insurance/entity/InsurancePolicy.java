package org.foyer.insurance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.core.persistence.columns.OptionalUuidConverter;
import org.foyer.insurance.InsurancePolicyView;
import org.foyer.insurance.PolicyDetails;
import org.foyer.insurance.PolicyRank;
import org.foyer.insurance.PolicyStatus;
import org.foyer.insurance.SubscriberRelationship;

/** One insurance policy of a client, with who entered it and who checked it. */
@Entity
@Table(name = "insurance_policy")
public class InsurancePolicy extends TenantOwned {

  public static final int NOTE_LENGTH = 500;

  @Column(name = "client_id", nullable = false, updatable = false)
  private UUID clientId;

  @Enumerated(EnumType.STRING)
  @Column(name = "policy_rank", nullable = false, length = 16)
  private PolicyRank rank;

  @Column(name = "payer_name", nullable = false, length = PolicyDetails.PAYER_LENGTH)
  private String payerName;

  @Column(name = "member_id", nullable = false, length = PolicyDetails.ID_LENGTH)
  private String memberId;

  @Column(name = "group_number", length = PolicyDetails.ID_LENGTH)
  private String groupNumber;

  @Column(name = "subscriber_name", nullable = false, length = PolicyDetails.NAME_LENGTH)
  private String subscriberName;

  @Enumerated(EnumType.STRING)
  @Column(name = "subscriber_relationship", nullable = false, length = 16)
  private SubscriberRelationship subscriberRelationship;

  @Column(name = "subscriber_birth_date")
  private LocalDate subscriberBirthDate;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "front_card_id")
  private UUID frontCardId;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "back_card_id")
  private UUID backCardId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private PolicyStatus status;

  @Column(name = "status_note", length = NOTE_LENGTH)
  private String statusNote;

  @Column(name = "submitted_by", nullable = false, length = 320)
  private String submittedBy;

  @Column(name = "submitted_on_behalf", nullable = false)
  private boolean submittedOnBehalf;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "reviewed_by", length = 320)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  protected InsurancePolicy() {}

  /**
   * A policy as entered.
   *
   * @param onBehalf whether a contact entered it for the client
   */
  public InsurancePolicy(
      UUID clientId, PolicyDetails details, String submittedBy, boolean onBehalf, Instant now) {
    this.clientId = Objects.requireNonNull(clientId, "client");
    this.submittedBy = Objects.requireNonNull(submittedBy, "submitted by");
    this.submittedOnBehalf = onBehalf;
    this.submittedAt = Objects.requireNonNull(now, "now");
    this.status = PolicyStatus.SUBMITTED;
    apply(details);
  }

  /** The client's correction: back to the practice for another check. */
  public void resubmit(PolicyDetails details, String by, boolean onBehalf, Instant now) {
    apply(details);
    submittedBy = by;
    submittedOnBehalf = onBehalf;
    submittedAt = now;
    status = PolicyStatus.SUBMITTED;
    statusNote = null;
  }

  /** Staff's check: details as corrected, and what becomes of the policy. */
  public void review(
      PolicyDetails corrected, PolicyStatus outcome, String note, String by, Instant now) {
    apply(corrected);
    status = Objects.requireNonNull(outcome, "outcome");
    statusNote = note == null || note.isBlank() ? null : note.strip();
    reviewedBy = by;
    reviewedAt = now;
  }

  /** The client sent what was asked: the policy goes back to the practice to be checked. */
  public void returnForCheck(String by, boolean onBehalf, Instant now) {
    if (status == PolicyStatus.NEEDS_CHANGES) {
      status = PolicyStatus.SUBMITTED;
      statusNote = null;
      submittedBy = by;
      submittedOnBehalf = onBehalf;
      submittedAt = now;
    }
  }

  public void attachCards(UUID front, UUID back) {
    if (front != null) {
      frontCardId = front;
    }
    if (back != null) {
      backCardId = back;
    }
  }

  private void apply(PolicyDetails details) {
    rank = details.rank();
    payerName = details.payerName();
    memberId = details.memberId();
    groupNumber =
        details.groupNumber() == null || details.groupNumber().isEmpty()
            ? null
            : details.groupNumber();
    subscriberName = details.subscriberName();
    subscriberRelationship = details.subscriberRelationship();
    subscriberBirthDate = details.subscriberBirthDate();
  }

  public UUID clientId() {
    return clientId;
  }

  public PolicyStatus status() {
    return status;
  }

  public PolicyRank rank() {
    return rank;
  }

  public UUID frontCardId() {
    return frontCardId;
  }

  public UUID backCardId() {
    return backCardId;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public InsurancePolicyView view() {
    return new InsurancePolicyView(
        id(),
        new PolicyDetails(
            rank,
            payerName,
            memberId,
            groupNumber,
            subscriberName,
            subscriberRelationship,
            subscriberBirthDate),
        status,
        statusNote,
        frontCardId != null,
        backCardId != null,
        submittedBy,
        submittedAt,
        reviewedBy,
        reviewedAt);
  }

  public String submittedBy() {
    return submittedBy;
  }

  public boolean submittedOnBehalf() {
    return submittedOnBehalf;
  }
}

package org.foyer.diagnoses.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;

/** One ICD-10-CM code on a client's record; removing it keeps the row with who and when. */
@Entity
@Table(name = "client_diagnosis")
public class ClientDiagnosis extends TenantOwned {

  @Column(name = "client_id", nullable = false, updatable = false)
  private UUID clientId;

  @Column(nullable = false, length = 8, updatable = false)
  private String code;

  @Column(nullable = false, length = 200, updatable = false)
  private String description;

  @Column(name = "entered_by", nullable = false, length = 320, updatable = false)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false, updatable = false)
  private Instant enteredAt;

  @Column(name = "removed_by", length = 320)
  private String removedBy;

  @Column(name = "removed_at")
  private Instant removedAt;

  protected ClientDiagnosis() {}

  public ClientDiagnosis(
      UUID clientId, String code, String description, String enteredBy, Instant enteredAt) {
    this.clientId = Objects.requireNonNull(clientId, "client");
    this.code = Objects.requireNonNull(code, "code");
    this.description = Objects.requireNonNull(description, "description");
    this.enteredBy = Objects.requireNonNull(enteredBy, "who");
    this.enteredAt = Objects.requireNonNull(enteredAt, "when");
  }

  public void remove(String who, Instant when) {
    if (removedAt == null) {
      removedBy = who;
      removedAt = when;
    }
  }

  public UUID clientId() {
    return clientId;
  }

  public String code() {
    return code;
  }

  public String description() {
    return description;
  }

  public String enteredBy() {
    return enteredBy;
  }

  public Instant enteredAt() {
    return enteredAt;
  }

  public boolean isRemoved() {
    return removedAt != null;
  }
}

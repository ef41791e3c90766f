package org.foyer.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.core.persistence.columns.OptionalUuidConverter;

/**
 * One sending to a client: an intake packet (as adjusted for this client) or a single form, who
 * sent it and when. Its forms are {@link AssignedForm}s; once every form of a packet is
 * acknowledged the whole packet is filed as one PDF, recorded in {@code packetFiledAt}.
 */
@Entity
@Table(name = "intake_assignment")
public class IntakeAssignment extends TenantOwned {

  public static final int TITLE_LENGTH = 200;

  @Column(name = "client_id", nullable = false, updatable = false)
  private UUID clientId;

  @Column(name = "packet_id", updatable = false)
  @Convert(converter = OptionalUuidConverter.class)
  private UUID packetId;

  @Column(nullable = false, updatable = false, length = TITLE_LENGTH)
  private String title;

  @Column(name = "sent_by", nullable = false, updatable = false, length = 254)
  private String sentBy;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  @Column(name = "packet_filed_at")
  private Instant packetFiledAt;

  protected IntakeAssignment() {}

  /**
   * @param packetId the packet sent, or null for a single form
   */
  public IntakeAssignment(UUID clientId, UUID packetId, String title, String sentBy, Instant at) {
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.packetId = packetId;
    this.title = SentDefinition.abbreviated(Objects.requireNonNull(title, "title"));
    this.sentBy = Objects.requireNonNull(sentBy, "sentBy");
    this.sentAt = Objects.requireNonNull(at, "sentAt");
  }

  public void packetFiled(Instant at) {
    if (packetFiledAt == null) {
      packetFiledAt = Objects.requireNonNull(at);
    }
  }

  public UUID clientId() {
    return clientId;
  }

  public Optional<UUID> packetId() {
    return Optional.ofNullable(packetId);
  }

  public boolean isPacket() {
    return packetId != null;
  }

  public String title() {
    return title;
  }

  public String sentBy() {
    return sentBy;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public Optional<Instant> packetFiledAt() {
    return Optional.ofNullable(packetFiledAt);
  }
}

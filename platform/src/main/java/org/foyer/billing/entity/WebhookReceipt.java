package org.foyer.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.foyer.billing.settings.entity.GatewayKind;
import org.foyer.core.persistence.TenantOwned;

/** A processor event already handled; the same event id delivered again changes nothing. */
@Entity
@Table(name = "payment_webhook_receipt")
public class WebhookReceipt extends TenantOwned {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private GatewayKind gateway;

  @Column(name = "event_id", nullable = false, length = 200, updatable = false)
  private String eventId;

  @Column(name = "event_type", nullable = false, length = 100, updatable = false)
  private String eventType;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  protected WebhookReceipt() {}

  public WebhookReceipt(GatewayKind gateway, String eventId, String eventType, Instant now) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.eventId = Objects.requireNonNull(eventId, "event id");
    this.eventType = eventType.length() > 100 ? eventType.substring(0, 100) : eventType;
    this.receivedAt = Objects.requireNonNull(now, "now");
  }

  public String eventId() {
    return eventId;
  }
}

package org.foyer.billing.control.gateway;

import java.util.Objects;
import java.util.Optional;
import org.foyer.billing.settings.entity.GatewayKind;

/**
 * A practice's own account at its processor, its secrets opened from their seals for the length of
 * one call. {@link #toString()} never shows them.
 */
public final class GatewayAccount {

  private final GatewayKind kind;
  private final String secretKey;
  private final String webhookSecret;

  public GatewayAccount(GatewayKind kind, String secretKey, String webhookSecret) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.secretKey = secretKey;
    this.webhookSecret = webhookSecret;
  }

  public GatewayKind kind() {
    return kind;
  }

  public Optional<String> secretKey() {
    return Optional.ofNullable(secretKey);
  }

  public Optional<String> webhookSecret() {
    return Optional.ofNullable(webhookSecret);
  }

  @Override
  public String toString() {
    return "GatewayAccount[" + kind + ", secrets hidden]";
  }
}

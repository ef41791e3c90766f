package org.foyer.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.foyer.core.persistence.TenantOwned;

/**
 * A practice's data key, stored only wrapped by the installation's master key. Documents name the
 * key they were sealed with, so a key can be retired (rotation) while what it sealed still opens.
 */
@Entity
@Table(name = "practice_data_key")
public class PracticeDataKey extends TenantOwned {

  public static final int WRAPPED_LENGTH = 200;

  @Column(name = "wrapped_key", nullable = false, updatable = false, length = WRAPPED_LENGTH)
  private String wrappedKey;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "retired_at")
  private Instant retiredAt;

  protected PracticeDataKey() {}

  /**
   * A key about to be wrapped: its id is needed first because the wrapping binds it as context.
   * {@link #wrap} must be called before the key is stored.
   */
  public PracticeDataKey(Instant createdAt) {
    this.createdAt = Objects.requireNonNull(createdAt, "creation time");
  }

  public void wrap(String wrappedKey) {
    if (this.wrappedKey != null) {
      throw new IllegalStateException("A data key is wrapped once");
    }
    if (wrappedKey == null || wrappedKey.isBlank() || wrappedKey.length() > WRAPPED_LENGTH) {
      throw new IllegalArgumentException("A wrapped data key is 1 to 200 characters");
    }
    this.wrappedKey = wrappedKey;
  }

  /** Stops the key sealing new documents; it keeps opening the ones it sealed. */
  public void retire(Instant when) {
    if (retiredAt == null) {
      retiredAt = Objects.requireNonNull(when);
    }
  }

  public String wrappedKey() {
    return wrappedKey;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public boolean isRetired() {
    return retiredAt != null;
  }
}

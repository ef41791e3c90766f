package org.foyer.core.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.tenancy.TenantSlug;

/**
 * A practice: the tenant. The registry itself is not tenant-owned, since a request must find its
 * practice by slug before it knows which practice it is.
 */
@Entity
@Table(name = "practice")
public class Practice {

  public static final int NAME_LENGTH = 120;

  @Id private UUID id;

  @Column(nullable = false, unique = true, length = TenantSlug.MAX_LENGTH)
  private String slug;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PracticeStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Practice() {}

  public Practice(TenantSlug slug, String name, String timeZone, Instant createdAt) {
    Objects.requireNonNull(slug, "slug");
    if (name == null || name.isBlank() || name.length() > NAME_LENGTH) {
      throw new IllegalArgumentException(
          "A practice needs a name of 1 to " + NAME_LENGTH + " characters");
    }
    try {
      ZoneId.of(timeZone);
    } catch (DateTimeException | NullPointerException e) {
      throw new IllegalArgumentException("Unknown time zone '" + timeZone + "'");
    }
    this.id = UUID.randomUUID();
    this.slug = slug.value();
    this.name = name.strip();
    this.timeZone = timeZone;
    this.status = PracticeStatus.ACTIVE;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public TenantId tenantId() {
    return new TenantId(id);
  }

  public TenantSlug slug() {
    return new TenantSlug(slug);
  }

  public String name() {
    return name;
  }

  public ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }

  public PracticeStatus status() {
    return status;
  }

  public boolean isActive() {
    return status == PracticeStatus.ACTIVE;
  }

  public void suspend() {
    status = PracticeStatus.SUSPENDED;
  }

  public void reactivate() {
    status = PracticeStatus.ACTIVE;
  }
}

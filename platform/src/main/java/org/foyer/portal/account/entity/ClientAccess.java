package org.foyer.portal.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.core.persistence.columns.OptionalUuidConverter;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.Relationship;

/**
 * A link in the Client Contact Network: this person (a {@link Contact}, or the client themself) is
 * connected to that client with a relationship and a set of {@link ContactPermission}s. Once the
 * person is invited the link names their portal login, which may then act for the client within
 * those permissions, until the practice revokes the link. Revoked and removed links are kept for
 * the record; every check reads only links that stand.
 */
@Entity
@Table(name = "client_access")
public class ClientAccess extends TenantOwned {

  @Column(name = "portal_account_id")
  @Convert(converter = OptionalUuidConverter.class)
  private UUID portalAccountId;

  @Column(name = "client_id", nullable = false)
  private UUID clientId;

  @Column(name = "contact_id")
  @Convert(converter = OptionalUuidConverter.class)
  private UUID contactId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Relationship relationship;

  @Column(name = "relationship_label", length = Relationship.LABEL_LENGTH)
  private String relationshipLabel;

  @Convert(converter = PermissionsConverter.class)
  @Column(nullable = false, length = PermissionsConverter.COLUMN_LENGTH)
  private Set<ContactPermission> permissions;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "removed_at")
  private Instant removedAt;

  protected ClientAccess() {}

  /** A login acting for the client with every permission, as invitations always made them. */
  public ClientAccess(UUID portalAccountId, UUID clientId, Relationship relationship) {
    this(clientId, null, relationship, null, ContactPermission.all());
    this.portalAccountId = Objects.requireNonNull(portalAccountId);
  }

  /** A contact of the client, not invited to the portal yet. */
  public ClientAccess(
      UUID clientId,
      UUID contactId,
      Relationship relationship,
      String relationshipLabel,
      Set<ContactPermission> permissions) {
    this.clientId = Objects.requireNonNull(clientId);
    this.contactId = contactId;
    relate(relationship, relationshipLabel);
    permit(permissions);
  }

  /** A custom relationship keeps its label; the others need none and keep none. */
  public void relate(Relationship relationship, String label) {
    this.relationship = Objects.requireNonNull(relationship);
    String clean = label == null || label.isBlank() ? null : label.strip();
    if (clean != null && clean.length() > Relationship.LABEL_LENGTH) {
      throw new IllegalArgumentException("A relationship label is too long");
    }
    this.relationshipLabel = relationship == Relationship.CUSTOM ? clean : null;
  }

  /** What the contact may do from now on; the client themself always may do everything. */
  public void permit(Set<ContactPermission> permissions) {
    this.permissions =
        relationship == Relationship.SELF || permissions.size() == ContactPermission.values().length
            ? EnumSet.allOf(ContactPermission.class)
            : permissions.isEmpty()
                ? EnumSet.noneOf(ContactPermission.class)
                : EnumSet.copyOf(permissions);
  }

  /** Names the person of a link made before contacts were people. */
  public void listAs(UUID contactId) {
    if (this.contactId == null) {
      this.contactId = Objects.requireNonNull(contactId);
    }
  }

  /** The contact's login acts for the client from now on (an invitation was sent). */
  public void connect(UUID portalAccountId) {
    this.portalAccountId = Objects.requireNonNull(portalAccountId);
    this.revokedAt = null;
  }

  public void revoke(Instant when) {
    if (revokedAt == null) {
      revokedAt = Objects.requireNonNull(when);
    }
  }

  /** Lets a revoked link stand again (the contact is invited anew). */
  public void restore() {
    revokedAt = null;
  }

  /** Takes the contact off the client's list; their access ends with it. */
  public void remove(Instant when) {
    revoke(when);
    if (removedAt == null) {
      removedAt = when;
    }
  }

  public Optional<UUID> portalAccountId() {
    return Optional.ofNullable(portalAccountId);
  }

  public UUID clientId() {
    return clientId;
  }

  public Optional<UUID> contactId() {
    return Optional.ofNullable(contactId);
  }

  public Relationship relationship() {
    return relationship;
  }

  /** The words for the relationship: a custom one's label, else the relationship's own. */
  public String relationshipLabel() {
    return relationshipLabel != null ? relationshipLabel : relationship.label();
  }

  /** The label staff gave a custom relationship, if any. */
  public Optional<String> customLabel() {
    return Optional.ofNullable(relationshipLabel);
  }

  public Set<ContactPermission> permissions() {
    return permissions.isEmpty()
        ? EnumSet.noneOf(ContactPermission.class)
        : EnumSet.copyOf(permissions);
  }

  public boolean permits(ContactPermission permission) {
    return permissions.contains(permission);
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public boolean isRemoved() {
    return removedAt != null;
  }
}

package org.foyer.admin.forms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.FormKind;
import org.foyer.forms.definition.FormStatus;

/**
 * A published, immutable version of a practice form: the engine's JSON exactly as published and its
 * SHA-256. Every column is insert-only, and the application role has no UPDATE or DELETE on the
 * table, so submissions that answered this version can always prove it.
 */
@Entity
@Table(name = "practice_form_version")
public class PracticeFormVersion extends TenantOwned {

  @Column(name = "form_id", nullable = false, updatable = false)
  private UUID formId;

  @Column(name = "form_key", nullable = false, updatable = false, length = 64)
  private String formKey;

  @Column(nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private FormKind kind;

  @Column(name = "definition_json", nullable = false, updatable = false)
  private String definitionJson;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(name = "published_at", nullable = false, updatable = false)
  private Instant publishedAt;

  protected PracticeFormVersion() {}

  PracticeFormVersion(PracticeForm form, FormDefinition published, Instant publishedAt) {
    if (published.status() != FormStatus.PUBLISHED || !published.id().equals(form.formKey())) {
      throw new IllegalArgumentException("only a published version of " + form.formKey());
    }
    this.formId = form.id();
    this.formKey = form.formKey();
    this.number = published.version();
    this.kind = published.kind();
    this.definitionJson = published.toJson().toString();
    this.sha256 = published.sha256();
    this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
  }

  public UUID formId() {
    return formId;
  }

  public String formKey() {
    return formKey;
  }

  public int number() {
    return number;
  }

  public FormKind kind() {
    return kind;
  }

  public String definitionJson() {
    return definitionJson;
  }

  public String sha256() {
    return sha256;
  }

  public Instant publishedAt() {
    return publishedAt;
  }
}

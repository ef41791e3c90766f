package org.foyer.admin.forms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.foyer.core.errors.Conflict;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.FormKind;
import org.foyer.forms.definition.FormStatus;

/**
 * One of the practice's forms. It holds at most one draft (the engine's JSON, already validated);
 * publishing turns the draft into an immutable {@link PracticeFormVersion} and clears it.
 */
@Entity
@Table(name = "practice_form")
public class PracticeForm extends TenantOwned {

  public static final int TITLE_LENGTH = 200;

  @Column(name = "form_key", nullable = false, updatable = false, length = 64)
  private String formKey;

  @Column(nullable = false, length = TITLE_LENGTH)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private FormKind kind;

  @Column(nullable = false)
  private boolean archived;

  @Column(name = "draft_json")
  private String draftJson;

  @Column(name = "latest_version", nullable = false)
  private int latestVersion;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected PracticeForm() {}

  public PracticeForm(String title, FormKind kind, Instant createdAt) {
    this.title = checkedTitle(title);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    // The engine's id must start with a letter; the row id keeps it unique in the practice.
    this.formKey = "form-" + id();
  }

  static String checkedTitle(String title) {
    if (title == null || title.isBlank() || title.strip().length() > TITLE_LENGTH) {
      throw new IllegalArgumentException(
          "A form needs a title of 1 to " + TITLE_LENGTH + " characters");
    }
    return title.strip();
  }

  /** Keeps a validated draft; its id, kind and version must already be this form's next ones. */
  public void keepDraft(FormDefinition draft) {
    if (archived) {
      throw new Conflict("The form \"" + title + "\" is archived and cannot change");
    }
    if (!draft.id().equals(formKey)
        || draft.kind() != kind
        || draft.version() != nextVersion()
        || draft.status() != FormStatus.DRAFT) {
      throw new IllegalArgumentException("the draft does not belong to form " + formKey);
    }
    this.draftJson = draft.toJson().toString();
    String drafted = draft.title().text(Locale.ENGLISH);
    if (drafted != null && !drafted.isBlank()) {
      this.title = checkedTitle(drafted);
    }
  }

  /** Seals the published draft as the next version and clears the draft. */
  public PracticeFormVersion publish(FormDefinition published, Instant at) {
    if (archived) {
      throw new Conflict("The form \"" + title + "\" is archived and cannot be published");
    }
    if (draftJson == null) {
      throw new Conflict("The form \"" + title + "\" has no draft to publish");
    }
    PracticeFormVersion sealed = new PracticeFormVersion(this, published, at);
    latestVersion = published.version();
    draftJson = null;
    return sealed;
  }

  public void archive() {
    archived = true;
  }

  public int nextVersion() {
    return latestVersion + 1;
  }

  public String formKey() {
    return formKey;
  }

  public String title() {
    return title;
  }

  public FormKind kind() {
    return kind;
  }

  public boolean archived() {
    return archived;
  }

  public Optional<String> draftJson() {
    return Optional.ofNullable(draftJson);
  }

  public int latestVersion() {
    return latestVersion;
  }

  public Instant createdAt() {
    return createdAt;
  }
}

package org.foyer.admin.forms.boundary;

import java.time.Instant;
import java.util.UUID;
import org.foyer.admin.forms.entity.PracticeFormVersion;
import org.foyer.forms.definition.FormKind;

/** A published, immutable version of a form as the API shows it. */
public record FormVersionView(
    UUID id,
    UUID formId,
    String formKey,
    int number,
    FormKind kind,
    String sha256,
    Instant publishedAt) {

  static FormVersionView of(PracticeFormVersion version) {
    return new FormVersionView(
        version.id(),
        version.formId(),
        version.formKey(),
        version.number(),
        version.kind(),
        version.sha256(),
        version.publishedAt());
  }
}

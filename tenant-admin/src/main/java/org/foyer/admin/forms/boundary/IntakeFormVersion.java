package org.foyer.admin.forms.boundary;

import java.util.UUID;
import org.foyer.admin.forms.entity.PracticeForm;
import org.foyer.admin.forms.entity.PracticeFormVersion;

/**
 * A published version of one of the practice's intake forms, as packets name it and sending pins
 * it: the form's title, and the engine's JSON exactly as published with its SHA-256.
 *
 * @param id the version's own id, which packets and sent forms refer to
 * @param number the version number within its form
 */
public record IntakeFormVersion(
    UUID id, String formKey, int number, String title, String definitionJson, String sha256) {

  static IntakeFormVersion of(PracticeFormVersion version, PracticeForm form) {
    return new IntakeFormVersion(
        version.id(),
        version.formKey(),
        version.number(),
        form.title(),
        version.definitionJson(),
        version.sha256());
  }
}

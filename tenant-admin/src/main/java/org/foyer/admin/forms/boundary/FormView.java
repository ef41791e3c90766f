package org.foyer.admin.forms.boundary;

import java.util.List;
import java.util.UUID;
import org.foyer.admin.forms.entity.PracticeForm;
import org.foyer.admin.forms.entity.PracticeFormVersion;
import org.foyer.forms.definition.FormKind;

/**
 * A form as the API shows it. Its versions and the draft's definition JSON (a string) are shown
 * only when one form is asked for; the draft is left out when there is none.
 */
public record FormView(
    UUID id,
    String formKey,
    String title,
    FormKind kind,
    boolean archived,
    int latestVersion,
    boolean hasDraft,
    List<FormVersionView> versions,
    String draft) {

  static FormView of(PracticeForm form) {
    return new FormView(
        form.id(),
        form.formKey(),
        form.title(),
        form.kind(),
        form.archived(),
        form.latestVersion(),
        form.draftJson().isPresent(),
        null,
        null);
  }

  static FormView withVersions(PracticeForm form, List<PracticeFormVersion> versions) {
    FormView summary = of(form);
    return new FormView(
        summary.id(),
        summary.formKey(),
        summary.title(),
        summary.kind(),
        summary.archived(),
        summary.latestVersion(),
        summary.hasDraft(),
        versions.stream().map(FormVersionView::of).toList(),
        form.draftJson().orElse(null));
  }
}

package org.foyer.admin.forms.boundary;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.foyer.admin.forms.entity.PracticeForm;
import org.foyer.admin.pages.PageMessages;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.forms.definition.FormKind;

/** The forms page: the practice's forms of the kinds the caller manages, with their actions. */
@Named("formsPage")
@ViewScoped
public class FormsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PracticeForms forms;
  @Inject transient Instance<Caller> callers;

  private transient List<PracticeForm> list;

  public boolean isAllowed() {
    Caller caller = callers.get();
    return caller.can(Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS)
        || caller.can(Capability.MANAGE_DYNAMIC_FORMS);
  }

  public boolean isIntakeAllowed() {
    return callers.get().can(Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS);
  }

  public boolean isDynamicAllowed() {
    return callers.get().can(Capability.MANAGE_DYNAMIC_FORMS);
  }

  public List<PracticeForm> getForms() {
    if (list == null) {
      list = isAllowed() ? forms.listForms(callers.get()) : List.of();
    }
    return list;
  }

  public void publish(PracticeForm form) {
    PageMessages.LISTED.report(
        () ->
            "Published \""
                + form.title()
                + "\" version "
                + forms.publish(callers.get(), form.id()).number());
    list = null;
  }

  public void archive(PracticeForm form) {
    PageMessages.LISTED.run(
        () -> forms.archive(callers.get(), form.id()), "Archived \"" + form.title() + "\"");
    list = null;
  }

  /** Copies into a new intake form (a dynamic form is promoted; an intake form duplicated). */
  public void copyToIntake(PracticeForm form) {
    PageMessages.LISTED.run(
        () -> forms.copy(callers.get(), form.id(), FormKind.INTAKE, "Copy of " + form.title()),
        "Copied \"" + form.title() + "\" into a new intake form draft");
    list = null;
  }

  public void copy(PracticeForm form) {
    PageMessages.LISTED.run(
        () -> forms.copy(callers.get(), form.id(), form.kind(), "Copy of " + form.title()),
        "Copied \"" + form.title() + "\" into a new draft");
    list = null;
  }
}

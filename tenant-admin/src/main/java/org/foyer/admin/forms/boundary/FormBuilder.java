package org.foyer.admin.forms.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.foyer.admin.forms.control.BlueprintReader;
import org.foyer.admin.forms.control.FormBlueprint;
import org.foyer.admin.forms.entity.PracticeForm;
import org.foyer.admin.forms.entity.PracticeFormVersion;
import org.foyer.admin.pages.PageMessages;
import org.foyer.core.access.Caller;
import org.foyer.forms.definition.FormKind;
import org.foyer.forms.definition.layout.SignedBy;
import org.foyer.forms.definition.layout.Widget;
import org.foyer.forms.definition.rules.ClientFact;

/**
 * The form builder page: questions of every engine widget, reordered, with required flags, options,
 * a show-when rule and a client fact to pre-fill from; the live preview is the engine's own HTML.
 * Saving and publishing go through {@link PracticeForms}, which checks the capability.
 */
@Named("formBuilder")
@ViewScoped
public class FormBuilder implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PracticeForms forms;
  // Looked up per action: the view outlives a request, the caller's capabilities must not.
  @Inject transient Instance<Caller> callers;

  private UUID formId;
  private FormKind kind = FormKind.INTAKE;
  private String title = "";
  private final List<BuilderRow> rows = new ArrayList<>();
  private Widget newWidget = Widget.SHORT_TEXT;
  private String previewHtml;

  @PostConstruct
  void load() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    if ("DYNAMIC".equals(params.get("kind"))) {
      kind = FormKind.DYNAMIC;
    }
    String id = params.get("id");
    if (id != null && !id.isBlank()) {
      PageMessages.LISTED.run(() -> open(FormRequests.id(id, "That form")), "Form opened");
    }
  }

  private void open(UUID id) {
    PracticeForm form = forms.getForm(callers.get(), id);
    FormBlueprint blueprint = BlueprintReader.read(forms.latestDefinition(callers.get(), id));
    formId = form.id();
    kind = form.kind();
    title = form.title();
    rows.clear();
    blueprint.fields().forEach(f -> rows.add(BuilderRow.of(f)));
  }

  public void addField() {
    int n = rows.size() + 1;
    while (nameTaken("q" + n)) {
      n++;
    }
    rows.add(new BuilderRow("q" + n, newWidget));
  }

  private boolean nameTaken(String name) {
    return rows.stream().anyMatch(r -> name.equals(r.getName()));
  }

  public void moveUp(BuilderRow row) {
    int at = rows.indexOf(row);
    if (at > 0) {
      Collections.swap(rows, at, at - 1);
    }
  }

  public void moveDown(BuilderRow row) {
    int at = rows.indexOf(row);
    if (at >= 0 && at < rows.size() - 1) {
      Collections.swap(rows, at, at + 1);
    }
  }

  public void remove(BuilderRow row) {
    rows.remove(row);
  }

  public void preview() {
    PageMessages.LISTED.report(
        () -> {
          previewHtml = forms.previewBlueprint(callers.get(), kind, blueprint());
          return "Preview updated";
        });
  }

  public void save() {
    PageMessages.LISTED.report(
        () -> {
          saveDraft();
          previewHtml = forms.preview(callers.get(), formId);
          return "Draft saved";
        });
  }

  public void publish() {
    PageMessages.LISTED.report(
        () -> {
          saveDraft();
          PracticeFormVersion version = forms.publish(callers.get(), formId);
          return "Published version " + version.number() + " (SHA-256 " + version.sha256() + ")";
        });
  }

  private void saveDraft() {
    if (formId == null) {
      formId = forms.createForm(callers.get(), kind, blueprint()).id();
    } else {
      forms.saveDraft(callers.get(), formId, blueprint());
    }
  }

  private FormBlueprint blueprint() {
    return new FormBlueprint(title, rows.stream().map(BuilderRow::toField).toList());
  }

  public Widget[] getWidgets() {
    return Widget.values();
  }

  public ClientFact[] getFacts() {
    return ClientFact.values();
  }

  /** Who may sign a signature question, in the words the builder shows. */
  public record SignerChoice(SignedBy value, String label) {}

  public List<SignerChoice> getSigners() {
    return List.of(
        new SignerChoice(SignedBy.ANYONE, "Whoever completes the form"),
        new SignerChoice(SignedBy.SELF, "The client themselves"),
        new SignerChoice(SignedBy.ON_BEHALF_OF, "A parent or guardian, on the client's behalf"),
        new SignerChoice(
            SignedBy.CLINICIAN, "The clinician, countersigning after the client's side"));
  }

  public int getTitleLength() {
    return PracticeForm.TITLE_LENGTH;
  }

  public boolean isSaved() {
    return formId != null;
  }

  public FormKind getKind() {
    return kind;
  }

  public List<BuilderRow> getRows() {
    return rows;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Widget getNewWidget() {
    return newWidget;
  }

  public void setNewWidget(Widget newWidget) {
    this.newWidget = newWidget;
  }

  public String getPreviewHtml() {
    return previewHtml;
  }
}

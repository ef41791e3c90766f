package org.foyer.admin.forms.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.foyer.admin.forms.boundary.FormChanged.Change;
import org.foyer.admin.forms.control.FormAccess;
import org.foyer.admin.forms.control.FormBlueprint;
import org.foyer.admin.forms.control.FormTools;
import org.foyer.admin.forms.entity.PracticeForm;
import org.foyer.admin.forms.entity.PracticeFormVersion;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.FormKind;
import org.foyer.forms.definition.FormVersions;

/**
 * The practice's forms: create from the builder, save validated drafts, publish immutable versions,
 * copy and archive. Intake forms need the intake capability, dynamic forms the dynamic-forms one
 * (see {@link FormAccess}); every definition passes the engine's checks before it is stored.
 */
@ApplicationScoped
public class PracticeForms {

  private EntityManager em;
  private Event<FormChanged> changed;
  private final FormVersions versions = new FormVersions();
  private final FormTools tools = new FormTools();

  private Clock clock;

  protected PracticeForms() {}

  @Inject
  public PracticeForms(EntityManager em, Event<FormChanged> changed, Clock clock) {
    this.em = em;
    this.changed = changed;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<PracticeForm> listForms(Caller caller) {
    List<FormKind> kinds = FormAccess.manageableKinds(caller);
    return em.createQuery(
            "SELECT f FROM PracticeForm f WHERE f.kind IN :kinds ORDER BY f.archived, f.title",
            PracticeForm.class)
        .setParameter("kinds", kinds)
        .getResultList();
  }

  @Transactional(readOnly = true)
  public PracticeForm getForm(Caller caller, UUID id) {
    return load(caller, id);
  }

  @Transactional(readOnly = true)
  public List<PracticeFormVersion> listVersions(Caller caller, UUID formId) {
    PracticeForm form = load(caller, formId);
    return em.createQuery(
            "SELECT v FROM PracticeFormVersion v WHERE v.formId = :form ORDER BY v.number DESC",
            PracticeFormVersion.class)
        .setParameter("form", form.id())
        .getResultList();
  }

  @Transactional
  public PracticeForm createForm(Caller caller, FormKind kind, FormBlueprint blueprint) {
    FormAccess.requireKind(caller, kind);
    PracticeForm form = new PracticeForm(checkedTitle(blueprint.title()), kind, clock.instant());
    form.keepDraft(tools.read(blueprint.toDefinitionJson(form.formKey(), 1, kind)));
    em.persist(form);
    changed.fire(new FormChanged(caller.accountId(), form.id(), Change.CREATED, form.title()));
    return form;
  }

  @Transactional
  public PracticeForm saveDraft(Caller caller, UUID id, FormBlueprint blueprint) {
    PracticeForm form = load(caller, id);
    checkedTitle(blueprint.title());
    String json = blueprint.toDefinitionJson(form.formKey(), form.nextVersion(), form.kind());
    return keep(caller, form, tools.read(json));
  }

  /** A draft written as engine JSON (the API's way in); its id, kind and version must fit. */
  @Transactional
  public PracticeForm saveDraftJson(Caller caller, UUID id, String json) {
    PracticeForm form = load(caller, id);
    FormDefinition draft = tools.read(json);
    FormTools.requireDraftOf(form, draft);
    return keep(caller, form, draft);
  }

  @Transactional
  public PracticeFormVersion publish(Caller caller, UUID id) {
    PracticeForm form = load(caller, id);
    FormDefinition draft = form.draftJson().map(tools::read).orElse(null);
    if (draft == null) {
      throw new InvalidInput("The form \"" + form.title() + "\" has no draft to publish");
    }
    PracticeFormVersion version = form.publish(versions.publish(draft), clock.instant());
    em.persist(version);
    changed.fire(
        new FormChanged(
            caller.accountId(),
            form.id(),
            Change.PUBLISHED,
            "version " + version.number() + " sha256 " + version.sha256()));
    return version;
  }

  /**
   * A new form whose first draft copies the source's latest version (or its draft). A dynamic form
   * may become an intake form; an intake form cannot become a dynamic one.
   */
  @Transactional
  public PracticeForm copy(Caller caller, UUID sourceId, FormKind targetKind, String title) {
    PracticeForm source = load(caller, sourceId);
    FormAccess.requireKind(caller, targetKind);
    if (source.kind() == FormKind.INTAKE && targetKind == FormKind.DYNAMIC) {
      throw new InvalidInput(
          "An intake form cannot be copied into a dynamic form",
          Map.of("kind", "choose INTAKE for a copy of an intake form"));
    }
    PracticeForm copy = new PracticeForm(checkedTitle(title), targetKind, clock.instant());
    FormDefinition original = tools.read(latestJson(source));
    FormDefinition draft =
        targetKind == source.kind()
            ? versions.copyAsDraft(original, copy.formKey())
            : versions.copyAsIntake(original, copy.formKey());
    copy.keepDraft(tools.retitled(draft, copy.title()));
    em.persist(copy);
    changed.fire(
        new FormChanged(caller.accountId(), copy.id(), Change.COPIED, "from " + source.formKey()));
    return copy;
  }

  @Transactional
  public PracticeForm archive(Caller caller, UUID id) {
    PracticeForm form = load(caller, id);
    form.archive();
    changed.fire(new FormChanged(caller.accountId(), form.id(), Change.ARCHIVED, form.title()));
    return form;
  }

  /** The engine's HTML of the form's draft, or of its latest version when it has no draft. */
  @Transactional(readOnly = true)
  public String preview(Caller caller, UUID id) {
    return tools.render(tools.read(latestJson(load(caller, id))));
  }

  /** The latest published version of each open intake form, for adding to packets. */
  @Transactional(readOnly = true)
  public List<IntakeFormVersion> listPublishedIntakeVersions(Caller caller) {
    FormAccess.requireKind(caller, FormKind.INTAKE);
    return em.createQuery(
            "SELECT v, f FROM PracticeFormVersion v, PracticeForm f WHERE v.formId = f.id"
                + " AND f.kind = :kind AND f.archived = false AND v.number = f.latestVersion"
                + " ORDER BY f.title",
            Object[].class)
        .setParameter("kind", FormKind.INTAKE)
        .getResultStream()
        .map(row -> IntakeFormVersion.of((PracticeFormVersion) row[0], (PracticeForm) row[1]))
        .toList();
  }

  /** The form's draft, or its latest version when it has no draft, as the engine reads it. */
  @Transactional(readOnly = true)
  public FormDefinition latestDefinition(Caller caller, UUID id) {
    return tools.read(latestJson(load(caller, id)));
  }

  /** The live preview of a blueprint not yet saved; invalid blueprints get the engine's errors. */
  public String previewBlueprint(Caller caller, FormKind kind, FormBlueprint blueprint) {
    FormAccess.requireKind(caller, kind);
    return tools.render(tools.read(blueprint.toDefinitionJson("preview", 1, kind)));
  }

  /**
   * A published intake version for an intake packet; anything else (a dynamic form, another
   * practice's id, an archived form) is not found.
   */
  @Transactional(readOnly = true)
  public IntakeFormVersion getPublishedIntakeVersion(Caller caller, UUID versionId) {
    FormAccess.requireKind(caller, FormKind.INTAKE);
    PracticeFormVersion version =
        versionId == null ? null : em.find(PracticeFormVersion.class, versionId);
    PracticeForm form = version == null ? null : em.find(PracticeForm.class, version.formId());
    if (form == null || form.archived() || version.kind() != FormKind.INTAKE) {
      throw new NotFound("That intake form version");
    }
    return IntakeFormVersion.of(version, form);
  }

  /** The engine's HTML of a published version, archived or not (packets may still hold it). */
  @Transactional(readOnly = true)
  public String renderVersion(Caller caller, UUID versionId) {
    PracticeFormVersion version =
        versionId == null || !caller.isStaff()
            ? null
            : em.find(PracticeFormVersion.class, versionId);
    if (version == null) {
      throw new NotFound("That form version");
    }
    FormAccess.requireKind(caller, version.kind());
    return tools.render(definitionOf(version));
  }

  /** The engine definition of a stored version. */
  public FormDefinition definitionOf(PracticeFormVersion version) {
    return tools.read(version.definitionJson());
  }

  private PracticeForm keep(Caller caller, PracticeForm form, FormDefinition draft) {
    form.keepDraft(draft);
    changed.fire(
        new FormChanged(
            caller.accountId(), form.id(), Change.DRAFT_SAVED, "version " + draft.version()));
    return form;
  }

  private String latestJson(PracticeForm form) {
    return form.draftJson()
        .orElseGet(
            () ->
                em.createQuery(
                        "SELECT v.definitionJson FROM PracticeFormVersion v"
                            + " WHERE v.formId = :form AND v.number = :number",
                        String.class)
                    .setParameter("form", form.id())
                    .setParameter("number", form.latestVersion())
                    .getSingleResult());
  }

  private PracticeForm load(Caller caller, UUID id) {
    PracticeForm form = id == null || !caller.isStaff() ? null : em.find(PracticeForm.class, id);
    if (form == null) {
      throw new NotFound("That form");
    }
    FormAccess.requireKind(caller, form.kind());
    return form;
  }

  private static String checkedTitle(String title) {
    if (title == null || title.isBlank() || title.strip().length() > PracticeForm.TITLE_LENGTH) {
      throw new InvalidInput(
          "A form needs a title",
          Map.of("title", "must be 1 to " + PracticeForm.TITLE_LENGTH + " characters"));
    }
    return title.strip();
  }
}

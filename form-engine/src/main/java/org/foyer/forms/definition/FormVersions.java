package org.foyer.forms.definition;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.foyer.forms.definition.problems.DefinitionProblem;
import org.foyer.forms.definition.problems.InvalidDefinition;

/**
 * Engine operations on versions. Definitions are immutable, so each operation returns a new one:
 * publishing freezes a draft under its content hash; copying starts a new draft from any form.
 */
public final class FormVersions {

  private final DefinitionReader reader = new DefinitionReader();

  /** The same content marked PUBLISHED; its {@link FormDefinition#sha256()} is the seal. */
  public FormDefinition publish(FormDefinition draft) {
    if (draft.status() == FormStatus.PUBLISHED) {
      throw new InvalidDefinition(
          List.of(
              DefinitionProblem.at(
                  "/status", "version " + draft.version() + " is already published")));
    }
    ObjectNode json = draft.toJson();
    json.put("status", FormStatus.PUBLISHED.name());
    return reader.read(json);
  }

  /** The next draft version of the same form, to edit after publishing. */
  public FormDefinition nextDraft(FormDefinition published) {
    ObjectNode json = published.toJson();
    json.put("version", published.version() + 1);
    json.put("status", FormStatus.DRAFT.name());
    return reader.read(json);
  }

  /** Any form copied into a new form's first draft, keeping its kind. */
  public FormDefinition copyAsDraft(FormDefinition source, String newId) {
    return copy(source, newId, source.kind());
  }

  /** A dynamic (ad hoc) form copied into a new intake form's first draft. */
  public FormDefinition copyAsIntake(FormDefinition source, String newId) {
    return copy(source, newId, FormKind.INTAKE);
  }

  /** True when the definition is exactly the version whose hash was recorded. */
  public boolean matches(FormDefinition definition, String recordedSha256) {
    return definition.sha256().equals(recordedSha256);
  }

  private FormDefinition copy(FormDefinition source, String newId, FormKind kind) {
    ObjectNode json = source.toJson();
    json.put("id", newId);
    json.put("version", 1);
    json.put("kind", kind.name());
    json.put("status", FormStatus.DRAFT.name());
    return reader.read(json);
  }
}

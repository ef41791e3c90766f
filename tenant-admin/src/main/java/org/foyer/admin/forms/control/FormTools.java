package org.foyer.admin.forms.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.foyer.admin.forms.entity.PracticeForm;
import org.foyer.core.errors.InvalidInput;
import org.foyer.forms.FormEngine;
import org.foyer.forms.definition.DefinitionReader;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.FormStatus;
import org.foyer.forms.definition.problems.InvalidDefinition;
import org.foyer.forms.json.MalformedJson;
import org.foyer.forms.render.FormState;
import org.foyer.forms.render.RenderOptions;

/**
 * The engine calls the form service makes: read with every check, turning the engine's refusals
 * into a 400 with its precise problems, and render a blank form for previews. Practice forms have
 * no pack layout, so the engine's built-in layout serves them.
 */
public final class FormTools {

  /** Far above any real form; stops a huge body before the engine parses it. */
  public static final int MAX_DEFINITION_CHARS = 512 * 1024;

  private final FormEngine engine = new FormEngine();
  private final DefinitionReader reader = new DefinitionReader();

  public FormDefinition read(String json) {
    if (json == null || json.length() > MAX_DEFINITION_CHARS) {
      throw new InvalidInput(
          "A form definition must be JSON of at most " + MAX_DEFINITION_CHARS + " characters");
    }
    try {
      return engine.read(json);
    } catch (InvalidDefinition e) {
      throw EngineProblems.asInvalidInput("The form definition has problems", e.problems());
    } catch (MalformedJson e) {
      throw new InvalidInput(e.getMessage());
    }
  }

  public FormDefinition retitled(FormDefinition definition, String title) {
    ObjectNode json = definition.toJson();
    if (json.get("title") instanceof ObjectNode languages) {
      // Keeps the other languages' titles, which a multilingual form must still have.
      languages.put("en", title);
    } else {
      json.put("title", title);
    }
    return reader.read(json);
  }

  public String render(FormDefinition definition) {
    return engine.render(definition, FormState.blank(), Locale.ENGLISH, RenderOptions.DEFAULT);
  }

  public static void requireDraftOf(PracticeForm form, FormDefinition draft) {
    if (!draft.id().equals(form.formKey())) {
      throw invalid("/id", "must be \"" + form.formKey() + "\"");
    }
    if (draft.kind() != form.kind()) {
      throw invalid("/kind", "must be " + form.kind());
    }
    if (draft.version() != form.nextVersion()) {
      throw invalid("/version", "must be " + form.nextVersion() + ", the next version");
    }
    if (draft.status() != FormStatus.DRAFT) {
      throw invalid("/status", "must be DRAFT; publishing is a separate step");
    }
  }

  private static InvalidInput invalid(String pointer, String reason) {
    return new InvalidInput("The form definition has problems", Map.of(pointer, reason));
  }
}

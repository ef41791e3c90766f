package org.foyer.admin.forms.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.layout.FieldOption;
import org.foyer.forms.definition.layout.FieldUi;
import org.foyer.forms.definition.layout.Widget;
import org.foyer.forms.definition.rules.Prefill;
import org.foyer.forms.definition.rules.Rule;
import org.foyer.forms.definition.rules.RuleEffect;

/**
 * Reads a definition back into the builder's model so an existing form can be edited. Only what the
 * builder can express is kept (English labels, one SHOW rule per question on an equal answer);
 * definitions written through the API with more (several pages, other rules) are edited as JSON.
 */
public final class BlueprintReader {

  private BlueprintReader() {}

  public static FormBlueprint read(FormDefinition definition) {
    Set<String> required = new HashSet<>();
    definition.schemaView().path("required").forEach(n -> required.add(n.asText()));
    List<BlueprintField> fields = new ArrayList<>();
    for (FieldUi ui : definition.fields().values()) {
      Prefill prefill = definition.populate().get(ui.field());
      fields.add(
          new BlueprintField(
              ui.field(),
              ui.widget(),
              ui.label().text(Locale.ENGLISH),
              required.contains(ui.field()),
              options(ui),
              prefill == null ? null : prefill.fact(),
              showWhen(definition, ui.field()),
              ui.signedBy()));
    }
    return new FormBlueprint(definition.title().text(Locale.ENGLISH), fields);
  }

  private static List<String> options(FieldUi ui) {
    if (ui.widget() == Widget.REPEAT) {
      return ui.columns().stream().map(c -> c.label().text(Locale.ENGLISH)).toList();
    }
    return ui.options().stream().map(FieldOption::label).map(l -> l.text(Locale.ENGLISH)).toList();
  }

  private static BlueprintField.ShowWhen showWhen(FormDefinition definition, String field) {
    for (Rule rule : definition.rules()) {
      if (rule.effect() == RuleEffect.SHOW && rule.target().equals(field)) {
        JsonNode properties = rule.condition().path("properties");
        if (properties.size() == 1) {
          String source = properties.fieldNames().next();
          JsonNode value = properties.get(source).path("const");
          if (!value.isMissingNode()) {
            String text = value.isBoolean() ? (value.asBoolean() ? "yes" : "no") : value.asText();
            return new BlueprintField.ShowWhen(source, text);
          }
        }
      }
    }
    return null;
  }
}

package org.foyer.forms.populate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.layout.FieldUi;
import org.foyer.forms.definition.layout.Widget;
import org.foyer.forms.definition.rules.Prefill;
import org.foyer.forms.json.Json;

/**
 * Fills a form's fields from client facts. A fact that does not fit its field (a date that is not
 * ISO, a choice that is not among the options, text over the field's length) is skipped rather than
 * forced in: the client then answers it, and staff see the difference.
 */
public final class Populator {

  public Populated populate(FormDefinition definition, ClientFacts facts) {
    ObjectNode answers = Json.object();
    Map<String, PrefilledValue> prefilled = new LinkedHashMap<>();
    for (Map.Entry<String, Prefill> entry : definition.populate().entrySet()) {
      String field = entry.getKey();
      Prefill prefill = entry.getValue();
      Optional<String> value = facts.find(prefill.fact());
      FieldUi ui = definition.fields().get(field);
      if (value.isEmpty()
          || ui == null
          || !fits(ui, definition.propertySchema(field), value.get())) {
        continue;
      }
      answers.put(field, value.get());
      prefilled.put(
          field, new PrefilledValue(field, prefill.fact(), value.get(), prefill.locked()));
    }
    return new Populated(Answers.adopt(answers), prefilled);
  }

  private static boolean fits(FieldUi ui, JsonNode schema, String value) {
    if (!"string".equals(schema.path("type").asText())) {
      return false;
    }
    int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
    if (value.length() > max) {
      return false;
    }
    if (ui.widget() == Widget.DATE) {
      try {
        LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    if (ui.widget() == Widget.SELECT || ui.widget() == Widget.RADIO) {
      for (JsonNode allowed : schema.path("enum")) {
        if (allowed.asText().equals(value)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }
}

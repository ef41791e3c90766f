package org.foyer.admin.forms.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.foyer.forms.definition.FormKind;
import org.foyer.forms.definition.FormStatus;
import org.foyer.forms.definition.layout.Widget;

/**
 * The form builder's model: a title and questions in order, turned into an engine definition (one
 * page, one section). It writes what each widget needs in the schema; whether the result is usable
 * is the engine's decision ({@code FormEngine.read}), so builder and API share one set of checks.
 */
public record FormBlueprint(String title, List<BlueprintField> fields) {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  public FormBlueprint {
    title = title == null ? "" : title.strip();
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  /** The definition JSON of this blueprint as the given form's draft. */
  public String toDefinitionJson(String formKey, int version, FormKind kind) {
    ObjectNode root = JSON.objectNode();
    root.put("id", formKey);
    root.put("version", version);
    root.putObject("title").put("en", title);
    root.put("kind", kind.name());
    root.put("status", FormStatus.DRAFT.name());
    root.putArray("locales").add("en");
    ObjectNode schema = root.putObject("schema");
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("type", "object");
    schema.put("additionalProperties", false);
    ArrayNode required = schema.putArray("required");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode uiFields = JSON.arrayNode();
    ArrayNode rules = JSON.arrayNode();
    ObjectNode populate = JSON.objectNode();
    for (BlueprintField field : fields) {
      uiFields.add(FieldJson.ui(field));
      if (field.widget().hasAnswer()) {
        properties.set(field.name(), FieldJson.schema(field));
        if (field.required()) {
          required.add(field.name());
        }
      }
      if (field.prefill() != null) {
        populate.putObject(field.name()).put("fact", field.prefill().name()).put("locked", false);
      }
      if (field.showWhen() != null) {
        rules.add(showRule(field));
      }
    }
    ObjectNode section =
        root.putObject("ui").putArray("pages").addObject().put("id", "main").put("title", title);
    section
        .putArray("sections")
        .addObject()
        .put("id", "questions")
        .put("title", title)
        .set("fields", uiFields);
    root.set("rules", rules);
    root.set("populate", populate);
    return root.toString();
  }

  /** A SHOW rule whose condition is the JSON Schema "that answer equals this value". */
  private ObjectNode showRule(BlueprintField field) {
    BlueprintField.ShowWhen when = field.showWhen();
    ObjectNode rule = JSON.objectNode().put("effect", "SHOW").put("target", field.name());
    ObjectNode condition = rule.putObject("condition");
    ObjectNode match = condition.putObject("properties").putObject(when.field());
    Optional<Widget> source =
        fields.stream().filter(f -> f.name().equals(when.field())).map(f -> f.widget()).findFirst();
    match.set("const", FieldJson.typedValue(source.orElse(Widget.SHORT_TEXT), when.value()));
    condition.putArray("required").add(when.field());
    return rule;
  }
}

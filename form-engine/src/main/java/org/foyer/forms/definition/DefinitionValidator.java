package org.foyer.forms.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.foyer.forms.definition.layout.FieldUi;
import org.foyer.forms.definition.layout.Page;
import org.foyer.forms.definition.layout.Section;
import org.foyer.forms.definition.problems.DefinitionProblem;
import org.foyer.forms.definition.rules.ConditionFields;
import org.foyer.forms.definition.rules.Prefill;
import org.foyer.forms.definition.rules.Rule;
import org.foyer.forms.definition.rules.RuleEffect;
import org.foyer.forms.json.LocalSchemas;

/**
 * Checks that the parts of a definition agree with each other: every UI field exists in the schema
 * with a type its widget can hold, every schema property has a field, rules and pre-fills point at
 * real fields, and the schema is local and well formed.
 */
public final class DefinitionValidator {

  private final WidgetSchemaCheck widgetCheck = new WidgetSchemaCheck();

  public List<DefinitionProblem> check(FormDefinition definition) {
    List<DefinitionProblem> problems = new ArrayList<>();
    JsonNode schema = definition.schemaView();
    SchemaSafety.check(schema, "/schema", problems);
    checkSchemaShape(schema, problems);
    checkUi(definition, problems);
    checkRules(definition, problems);
    checkPopulate(definition, problems);
    return problems;
  }

  private static void checkSchemaShape(JsonNode schema, List<DefinitionProblem> problems) {
    JsonNode declared = schema.get("$schema");
    if (declared != null && !LocalSchemas.DRAFT_2020_12.equals(declared.asText())) {
      problems.add(
          DefinitionProblem.at("/schema/$schema", "must be " + LocalSchemas.DRAFT_2020_12));
    }
    if (!"object".equals(schema.path("type").asText())) {
      problems.add(DefinitionProblem.at("/schema/type", "the answers must be an \"object\""));
    }
    if (!schema.path("properties").isObject()) {
      problems.add(DefinitionProblem.at("/schema/properties", "must list the form's fields"));
    }
    if (!problems.isEmpty()) {
      return;
    }
    for (ValidationMessage m : LocalSchemas.metaSchema().validate(schema)) {
      problems.add(
          DefinitionProblem.at(
              "/schema" + m.getInstanceLocation(), "not valid JSON Schema: " + m.getMessage()));
    }
  }

  private void checkUi(FormDefinition definition, List<DefinitionProblem> problems) {
    Set<String> ids = new HashSet<>();
    Set<String> seenFields = new HashSet<>();
    JsonNode properties = definition.schemaView().path("properties");
    for (int p = 0; p < definition.pages().size(); p++) {
      Page page = definition.pages().get(p);
      unique(ids, page.id(), "/ui/pages/" + p + "/id", problems);
      for (int s = 0; s < page.sections().size(); s++) {
        Section section = page.sections().get(s);
        String at = "/ui/pages/" + p + "/sections/" + s;
        unique(ids, section.id(), at + "/id", problems);
        for (int f = 0; f < section.fields().size(); f++) {
          FieldUi field = section.fields().get(f);
          String fieldAt = at + "/fields/" + f;
          unique(ids, field.field(), fieldAt + "/field", problems);
          seenFields.add(field.field());
          widgetCheck.check(field, properties.get(field.field()), fieldAt, problems);
        }
      }
    }
    Iterator<String> names = properties.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!seenFields.contains(name)) {
        problems.add(
            DefinitionProblem.at(
                "/schema/properties/" + DefinitionReader.escape(name),
                "has no field in the UI, so it could never be answered"));
      }
    }
  }

  private static void unique(
      Set<String> ids, String id, String pointer, List<DefinitionProblem> problems) {
    if (!ids.add(id)) {
      problems.add(
          DefinitionProblem.at(pointer, "\"" + id + "\" is used twice; ids must be unique"));
    }
  }

  private static void checkRules(FormDefinition definition, List<DefinitionProblem> problems) {
    JsonNode properties = definition.schemaView().path("properties");
    for (int i = 0; i < definition.rules().size(); i++) {
      Rule rule = definition.rules().get(i);
      String at = "/rules/" + i;
      if (definition.findField(rule.target()).isEmpty()
          && !definition.sections().containsKey(rule.target())) {
        problems.add(
            DefinitionProblem.at(
                at + "/target", "no field or section named \"" + rule.target() + "\""));
      }
      if (rule.effect() == RuleEffect.REQUIRE && definition.sections().containsKey(rule.target())) {
        problems.add(
            DefinitionProblem.at(at + "/effect", "REQUIRE applies to fields, not to sections"));
      }
      SchemaSafety.check(rule.condition(), at + "/condition", problems);
      for (String referenced : ConditionFields.referenced(rule.condition())) {
        if (!properties.has(referenced)) {
          problems.add(
              DefinitionProblem.at(
                  at + "/condition",
                  "refers to \"" + referenced + "\", which is not in the schema"));
        }
      }
      try {
        LocalSchemas.compile(rule.condition());
      } catch (RuntimeException e) {
        problems.add(DefinitionProblem.at(at + "/condition", "is not a usable JSON Schema"));
      }
    }
  }

  private static void checkPopulate(FormDefinition definition, List<DefinitionProblem> problems) {
    for (Map.Entry<String, Prefill> entry : definition.populate().entrySet()) {
      String at = "/populate/" + DefinitionReader.escape(entry.getKey());
      FieldUi field = definition.findField(entry.getKey()).orElse(null);
      if (field == null) {
        problems.add(DefinitionProblem.at(at, "no field named \"" + entry.getKey() + "\""));
      } else if (!WidgetSchemaCheck.PREFILLABLE.contains(field.widget())) {
        problems.add(
            DefinitionProblem.at(
                at, "a " + field.widget().jsonName() + " field cannot be pre-filled from a fact"));
      }
    }
  }
}

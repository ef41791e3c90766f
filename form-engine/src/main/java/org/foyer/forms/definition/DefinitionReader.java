package org.foyer.forms.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.foyer.forms.definition.problems.DefinitionProblem;
import org.foyer.forms.definition.problems.InvalidDefinition;
import org.foyer.forms.definition.rules.Audience;
import org.foyer.forms.definition.rules.ClientFact;
import org.foyer.forms.definition.rules.Prefill;
import org.foyer.forms.definition.rules.Rule;
import org.foyer.forms.definition.rules.RuleEffect;
import org.foyer.forms.json.Json;
import org.foyer.forms.json.MalformedJson;

/**
 * Reads the definition JSON format (documented in the module README) into a {@link FormDefinition},
 * then runs {@link DefinitionValidator}. Collects every problem with its JSON pointer before giving
 * up, so a vendor fixes a file in one pass.
 */
public final class DefinitionReader {

  static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
  private static final List<String> TOP_LEVEL =
      List.of(
          "id",
          "version",
          "title",
          "kind",
          "status",
          "locales",
          "schema",
          "ui",
          "rules",
          "populate",
          "scoring",
          "layout",
          "description",
          "appliesTo");

  private final DefinitionValidator validator = new DefinitionValidator();

  public FormDefinition read(String json) {
    try {
      return read(Json.parse(json));
    } catch (MalformedJson e) {
      throw new InvalidDefinition(List.of(DefinitionProblem.at("", e.getMessage())));
    }
  }

  public FormDefinition read(byte[] utf8) {
    try {
      return read(Json.parse(utf8));
    } catch (MalformedJson e) {
      throw new InvalidDefinition(List.of(DefinitionProblem.at("", e.getMessage())));
    }
  }

  public FormDefinition read(JsonNode root) {
    List<DefinitionProblem> problems = new ArrayList<>();
    if (!root.isObject()) {
      throw new InvalidDefinition(List.of(DefinitionProblem.at("", "must be a JSON object")));
    }
    FormDefinition.Parts parts = new FormDefinition.Parts();
    root.fieldNames()
        .forEachRemaining(
            name -> {
              if (!TOP_LEVEL.contains(name)) {
                problems.add(DefinitionProblem.at("/" + escape(name), "unknown property"));
              }
            });
    parts.id = requiredId(root, "id", "/id", problems);
    parts.version = readVersion(root, problems);
    parts.title = Texts.read(root.get("title"), "/title", problems);
    parts.kind = readEnum(root, "kind", FormKind.class, FormKind.INTAKE, problems);
    parts.status = readEnum(root, "status", FormStatus.class, FormStatus.DRAFT, problems);
    parts.locales = readLocales(root.get("locales"), problems);
    parts.appliesTo = readAudiences(root.get("appliesTo"), problems);
    JsonNode schema = root.get("schema");
    if (schema == null || !schema.isObject()) {
      problems.add(DefinitionProblem.at("/schema", "a JSON Schema object is required"));
      parts.schema = Json.object();
    } else {
      parts.schema = (ObjectNode) schema;
    }
    parts.pages = new UiReader(problems).readPages(root.get("ui"));
    parts.rules = readRules(root.get("rules"), problems);
    readPopulate(root.get("populate"), parts, problems);
    JsonNode scoring = root.get("scoring");
    if (scoring != null && !scoring.isNull()) {
      if (scoring.isObject()) {
        parts.scoring = scoring;
      } else {
        problems.add(DefinitionProblem.at("/scoring", "must be an object"));
      }
    }
    JsonNode layout = root.get("layout");
    if (layout != null && !layout.isNull()) {
      if (layout.isTextual()
          && layout.textValue().matches("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.vm")) {
        parts.layout = layout.textValue();
      } else {
        problems.add(
            DefinitionProblem.at("/layout", "must be a relative path to a .vm file in the pack"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidDefinition(problems);
    }
    FormDefinition definition = new FormDefinition((ObjectNode) root, parts);
    List<DefinitionProblem> semantic = validator.check(definition);
    if (!semantic.isEmpty()) {
      throw new InvalidDefinition(semantic);
    }
    return definition;
  }

  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  static String requiredId(
      JsonNode node, String name, String pointer, List<DefinitionProblem> problems) {
    JsonNode value = node.get(name);
    if (value == null || !value.isTextual()) {
      problems.add(DefinitionProblem.at(pointer, "a text identifier is required"));
      return "invalid";
    }
    if (!ID.matcher(value.textValue()).matches()) {
      problems.add(
          DefinitionProblem.at(
              pointer,
              "must start with a letter and use only letters, digits, '-' or '_' (max 64)"));
    }
    return value.textValue();
  }

  private static int readVersion(JsonNode root, List<DefinitionProblem> problems) {
    JsonNode v = root.get("version");
    if (v == null || !v.canConvertToExactIntegral() || v.asInt() < 1 || !v.isIntegralNumber()) {
      problems.add(DefinitionProblem.at("/version", "a whole number of at least 1 is required"));
      return 1;
    }
    return v.asInt();
  }

  private static <E extends Enum<E>> E readEnum(
      JsonNode root, String name, Class<E> type, E fallback, List<DefinitionProblem> problems) {
    JsonNode v = root.get(name);
    if (v == null) {
      return fallback;
    }
    for (E constant : type.getEnumConstants()) {
      if (v.isTextual() && constant.name().equals(v.textValue())) {
        return constant;
      }
    }
    problems.add(
        DefinitionProblem.at(
            "/" + name, "must be one of " + List.of(type.getEnumConstants()).toString()));
    return fallback;
  }

  private static Set<Audience> readAudiences(JsonNode node, List<DefinitionProblem> problems) {
    if (node == null || node.isNull()) {
      return Set.of();
    }
    String expected =
        "must be a list of "
            + Arrays.stream(Audience.values()).map(Audience::jsonName).toList()
            + " without repeats";
    if (!node.isArray()) {
      problems.add(DefinitionProblem.at("/appliesTo", expected));
      return Set.of();
    }
    Set<Audience> audiences = EnumSet.noneOf(Audience.class);
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      Audience audience =
          Arrays.stream(Audience.values())
              .filter(a -> item.isTextual() && a.jsonName().equals(item.textValue()))
              .findFirst()
              .orElse(null);
      if (audience == null || !audiences.add(audience)) {
        problems.add(DefinitionProblem.at("/appliesTo/" + i, expected));
      }
    }
    return Collections.unmodifiableSet(audiences);
  }

  private static List<String> readLocales(JsonNode node, List<DefinitionProblem> problems) {
    if (node == null) {
      return List.of("en");
    }
    List<String> locales = new ArrayList<>();
    if (!node.isArray() || node.isEmpty()) {
      problems.add(DefinitionProblem.at("/locales", "must be a non-empty array of language tags"));
      return List.of("en");
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode l = node.get(i);
      if (!l.isTextual() || !Texts.LANGUAGE.matcher(l.textValue()).matches()) {
        problems.add(DefinitionProblem.at("/locales/" + i, "must be a language tag like \"es\""));
      } else {
        locales.add(l.textValue());
      }
    }
    return locales;
  }

  private static List<Rule> readRules(JsonNode node, List<DefinitionProblem> problems) {
    List<Rule> rules = new ArrayList<>();
    if (node == null) {
      return rules;
    }
    if (!node.isArray()) {
      problems.add(DefinitionProblem.at("/rules", "must be an array"));
      return rules;
    }
    for (int i = 0; i < node.size(); i++) {
      String at = "/rules/" + i;
      JsonNode r = node.get(i);
      RuleEffect effect = null;
      JsonNode e = r.path("effect");
      for (RuleEffect candidate : RuleEffect.values()) {
        if (candidate.name().equals(e.asText())) {
          effect = candidate;
        }
      }
      if (effect == null) {
        problems.add(
            DefinitionProblem.at(at + "/effect", "must be SHOW, HIDE, REQUIRE or DISABLE"));
      }
      JsonNode target = r.path("target");
      if (!target.isTextual()) {
        problems.add(DefinitionProblem.at(at + "/target", "must name a field or section"));
      }
      JsonNode condition = r.get("condition");
      if (condition == null || !(condition.isObject() || condition.isBoolean())) {
        problems.add(DefinitionProblem.at(at + "/condition", "must be a JSON Schema"));
      }
      if (effect != null && target.isTextual() && condition != null) {
        rules.add(new Rule(effect, target.textValue(), condition));
      }
    }
    return rules;
  }

  private static void readPopulate(
      JsonNode node, FormDefinition.Parts parts, List<DefinitionProblem> problems) {
    if (node == null) {
      return;
    }
    if (!node.isObject()) {
      problems.add(DefinitionProblem.at("/populate", "must be an object of field to fact"));
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> entry = it.next();
      String at = "/populate/" + escape(entry.getKey());
      JsonNode spec = entry.getValue();
      String factName = spec.isTextual() ? spec.textValue() : spec.path("fact").asText("");
      ClientFact fact = null;
      for (ClientFact candidate : ClientFact.values()) {
        if (candidate.name().equals(factName)) {
          fact = candidate;
        }
      }
      if (fact == null) {
        problems.add(
            DefinitionProblem.at(
                spec.isTextual() ? at : at + "/fact", "unknown client fact \"" + factName + "\""));
        continue;
      }
      JsonNode locked = spec.path("locked");
      if (!locked.isMissingNode() && !locked.isBoolean()) {
        problems.add(DefinitionProblem.at(at + "/locked", "must be true or false"));
      }
      parts.populate.put(entry.getKey(), new Prefill(fact, locked.asBoolean(false)));
    }
  }
}

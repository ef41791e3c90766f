package org.foyer.templates;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.foyer.forms.definition.DefinitionProblem;
import org.foyer.forms.definition.LocalizedText;

/** Reads and checks {@code manifest.json}, collecting every problem with its JSON pointer. */
final class ManifestReader {

  static final String FILE = "manifest.json";
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,63}");
  private static final Pattern VERSION =
      Pattern.compile("(0|[1-9][0-9]{0,4})(\\.(0|[1-9][0-9]{0,4})){2}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
  private static final Pattern FORM_PATH =
      Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.json");
  private static final Pattern LAYOUT_PATH =
      Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.vm");
  private static final Pattern BUNDLE = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");
  private static final List<String> KNOWN =
      List.of(
          "id",
          "name",
          "description",
          "vendor",
          "version",
          "licence",
          "engine",
          "locales",
          "forms",
          "layouts",
          "messages");

  private final String engineVersion;
  private final List<DefinitionProblem> problems;

  ManifestReader(String engineVersion, List<DefinitionProblem> problems) {
    this.engineVersion = engineVersion;
    this.problems = problems;
  }

  PackManifest read(JsonNode root) {
    if (!root.isObject()) {
      problem("", "must be a JSON object");
      return null;
    }
    root.fieldNames()
        .forEachRemaining(
            name -> {
              if (!KNOWN.contains(name)) {
                problem("/" + name, "unknown property");
              }
            });
    String id = text(root, "id", ID, "must be lower-case letters, digits and '-' (2 to 64)");
    String version = text(root, "version", VERSION, "must be a version like 1.2.0");
    String range = root.path("engine").asText("");
    if (!EngineRange.isValid(range)) {
      problem("/engine", "must be a version range like \">=0.1.0 <1.0.0\"");
    } else if (!EngineRange.accepts(range, engineVersion)) {
      problem("/engine", "this pack needs engine " + range + " but the engine is " + engineVersion);
    }
    return new PackManifest(
        id,
        localized(root, "name", true),
        localized(root, "description", false),
        required(root, "vendor"),
        version,
        required(root, "licence"),
        range,
        list(root, "locales", LANGUAGE, "must be a language tag like \"es\"", true),
        list(root, "forms", FORM_PATH, "must be a relative path to a .json file", true),
        list(root, "layouts", LAYOUT_PATH, "must be a relative path to a .vm file", false),
        messages(root));
  }

  private String messages(JsonNode root) {
    JsonNode node = root.get("messages");
    if (node == null) {
      return null;
    }
    if (!node.isTextual() || !BUNDLE.matcher(node.textValue()).matches()) {
      problem("/messages", "must be the base name of the message bundles, like \"messages\"");
      return null;
    }
    return node.textValue();
  }

  private String text(JsonNode root, String name, Pattern pattern, String reason) {
    String value = required(root, name);
    if (!value.isEmpty() && !pattern.matcher(value).matches()) {
      problem("/" + name, reason);
    }
    return value;
  }

  private String required(JsonNode root, String name) {
    JsonNode node = root.get(name);
    if (node == null || !node.isTextual() || node.textValue().isBlank()) {
      problem("/" + name, "is required");
      return "";
    }
    if (node.textValue().length() > 200) {
      problem("/" + name, "is longer than 200 characters");
    }
    return node.textValue();
  }

  private LocalizedText localized(JsonNode root, String name, boolean required) {
    JsonNode node = root.get(name);
    if (node == null) {
      if (required) {
        problem("/" + name, "is required");
      }
      return LocalizedText.EMPTY;
    }
    if (node.isTextual()) {
      return LocalizedText.plain(node.textValue());
    }
    Map<String, String> texts = new HashMap<>();
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> {
                if (!LANGUAGE.matcher(e.getKey()).matches() || !e.getValue().isTextual()) {
                  problem("/" + name + "/" + e.getKey(), "must map a language tag to a text");
                } else {
                  texts.put(e.getKey(), e.getValue().textValue());
                }
              });
    } else {
      problem("/" + name, "must be a text or an object of language to text");
    }
    return LocalizedText.of(texts);
  }

  private List<String> list(
      JsonNode root, String name, Pattern pattern, String reason, boolean required) {
    List<String> values = new ArrayList<>();
    JsonNode node = root.get(name);
    if (node == null && !required) {
      return values;
    }
    if (node == null || !node.isArray() || (required && node.isEmpty())) {
      problem("/" + name, required ? "must be a non-empty array" : "must be an array");
      return values;
    }
    for (int i = 0; i < node.size(); i++) {
      String value = node.get(i).asText("");
      if (!node.get(i).isTextual() || !pattern.matcher(value).matches()) {
        problem("/" + name + "/" + i, reason);
      } else if (values.contains(value)) {
        problem("/" + name + "/" + i, "\"" + value + "\" is listed twice");
      } else {
        values.add(value);
      }
    }
    return values;
  }

  private void problem(String pointer, String reason) {
    problems.add(new DefinitionProblem(FILE, pointer, reason));
  }
}

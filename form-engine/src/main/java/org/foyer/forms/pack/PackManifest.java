package org.foyer.forms.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.foyer.forms.definition.problems.DefinitionProblem;

/** A pack's {@code manifest.json}: who made it, under which licence, for which engines. */
public record PackManifest(
    String id, String name, String vendor, String version, String licence, String engine) {

  static final String FILE = "manifest.json";
  private static final Set<String> KNOWN =
      Set.of("id", "name", "vendor", "version", "licence", "license", "engine", "description");

  static PackManifest read(JsonNode json, List<DefinitionProblem> problems) {
    if (!json.isObject()) {
      problems.add(new DefinitionProblem(FILE, "", "must be a JSON object"));
      return null;
    }
    json.fieldNames()
        .forEachRemaining(
            name -> {
              if (!KNOWN.contains(name)) {
                problems.add(new DefinitionProblem(FILE, "/" + name, "unknown property"));
              }
            });
    String id = text(json, "id", problems);
    if (id != null && !id.matches("[a-z][a-z0-9.-]{1,63}")) {
      problems.add(
          new DefinitionProblem(FILE, "/id", "must be lowercase letters, digits, '.' or '-'"));
    }
    String version = text(json, "version", problems);
    if (version != null && !EngineVersion.isVersion(version)) {
      problems.add(new DefinitionProblem(FILE, "/version", "must be a version like 1.2.0"));
    }
    String licence =
        json.has("license") ? text(json, "license", problems) : text(json, "licence", problems);
    String engine = text(json, "engine", problems);
    String rangeProblem = engine == null ? null : EngineVersion.rangeProblem(engine);
    if (rangeProblem != null) {
      problems.add(new DefinitionProblem(FILE, "/engine", rangeProblem));
    } else if (engine != null && !EngineVersion.accepts(engine, EngineVersion.CURRENT)) {
      problems.add(
          new DefinitionProblem(
              FILE,
              "/engine",
              "this pack needs engine " + engine + "; this engine is " + EngineVersion.CURRENT));
    }
    return new PackManifest(
        id, text(json, "name", problems), text(json, "vendor", problems), version, licence, engine);
  }

  private static String text(JsonNode json, String field, List<DefinitionProblem> problems) {
    JsonNode value = json.get(field);
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      problems.add(new DefinitionProblem(FILE, "/" + field, "a non-empty text is required"));
      return null;
    }
    if (value.textValue().length() > 200) {
      problems.add(new DefinitionProblem(FILE, "/" + field, "is longer than 200 characters"));
    }
    return value.textValue();
  }
}

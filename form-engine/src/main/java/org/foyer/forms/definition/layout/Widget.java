package org.foyer.forms.definition.layout;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * How a field is presented, by its name in the definition JSON, with the JSON Schema types its
 * answer may have. INFO carries no answer and must not appear in the data schema.
 */
public enum Widget {
  SHORT_TEXT("short-text", Set.of("string")),
  LONG_TEXT("long-text", Set.of("string")),
  EMAIL("email", Set.of("string")),
  PHONE("phone", Set.of("string")),
  DATE("date", Set.of("string")),
  NUMBER("number", Set.of("number", "integer")),
  RADIO("radio", Set.of("string", "integer")),
  SELECT("select", Set.of("string", "integer")),
  CHECKBOXES("checkboxes", Set.of("array")),
  YES_NO("yes-no", Set.of("boolean")),
  LIKERT("likert", Set.of("integer")),
  REPEAT("repeat", Set.of("array")),
  INFO("info", Set.of()),
  INITIALS("initials", Set.of("string")),
  SIGNATURE("signature", Set.of("object")),
  FILE("file", Set.of("object"));

  private final String jsonName;
  private final Set<String> schemaTypes;

  Widget(String jsonName, Set<String> schemaTypes) {
    this.jsonName = jsonName;
    this.schemaTypes = schemaTypes;
  }

  public String jsonName() {
    return jsonName;
  }

  public Set<String> schemaTypes() {
    return schemaTypes;
  }

  public boolean hasAnswer() {
    return this != INFO;
  }

  /** Choices come from the schema's enum (or the Likert range) and show one input per option. */
  public boolean isChoice() {
    return this == RADIO || this == SELECT || this == CHECKBOXES || this == LIKERT;
  }

  /** Held by reference to a stored blob with its SHA-256, never inline. */
  public boolean isBlobReference() {
    return this == SIGNATURE || this == FILE;
  }

  public static Optional<Widget> byJsonName(String name) {
    return Arrays.stream(values()).filter(w -> w.jsonName.equals(name)).findFirst();
  }
}

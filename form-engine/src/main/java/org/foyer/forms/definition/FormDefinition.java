package org.foyer.forms.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.foyer.forms.definition.layout.FieldUi;
import org.foyer.forms.definition.layout.LocalizedText;
import org.foyer.forms.definition.layout.Page;
import org.foyer.forms.definition.layout.Section;
import org.foyer.forms.definition.rules.Audience;
import org.foyer.forms.definition.rules.Prefill;
import org.foyer.forms.definition.rules.Rule;
import org.foyer.forms.json.CanonicalJson;

/**
 * One version of a form. Immutable: the JSON it was read from is kept as the source of truth and
 * its SHA-256 over canonical JSON is computed once, so a published version can always prove it is
 * the one a submission answered. Build through {@link DefinitionReader}.
 */
public final class FormDefinition {

  private final ObjectNode source;
  private final String sha256;
  private final String id;
  private final int version;
  private final LocalizedText title;
  private final FormKind kind;
  private final FormStatus status;
  private final List<String> locales;
  private final Set<Audience> appliesTo;
  private final ObjectNode schema;
  private final List<Page> pages;
  private final List<Rule> rules;
  private final Map<String, Prefill> populate;
  private final JsonNode scoring;
  private final String layout;
  private final Map<String, FieldUi> fields = new LinkedHashMap<>();
  private final Map<String, Section> sections = new LinkedHashMap<>();
  private final Map<String, String> sectionOfField = new LinkedHashMap<>();

  FormDefinition(ObjectNode source, Parts parts) {
    this.source = source.deepCopy();
    this.sha256 = CanonicalJson.sha256(this.source);
    this.id = parts.id;
    this.version = parts.version;
    this.title = parts.title;
    this.kind = parts.kind;
    this.status = parts.status;
    this.locales = List.copyOf(parts.locales);
    this.appliesTo = parts.appliesTo;
    this.schema = parts.schema.deepCopy();
    this.pages = List.copyOf(parts.pages);
    this.rules = List.copyOf(parts.rules);
    this.populate = Collections.unmodifiableMap(new LinkedHashMap<>(parts.populate));
    this.scoring = parts.scoring == null ? null : parts.scoring.deepCopy();
    this.layout = parts.layout;
    for (Page page : pages) {
      for (Section section : page.sections()) {
        sections.put(section.id(), section);
        for (FieldUi field : section.fields()) {
          fields.putIfAbsent(field.field(), field);
          sectionOfField.putIfAbsent(field.field(), section.id());
        }
      }
    }
  }

  /** The fields read from JSON, gathered before the immutable definition is built. */
  static final class Parts {
    String id;
    int version;
    LocalizedText title = LocalizedText.EMPTY;
    FormKind kind = FormKind.INTAKE;
    FormStatus status = FormStatus.DRAFT;
    List<String> locales = List.of("en");
    Set<Audience> appliesTo = Set.of();
    ObjectNode schema;
    List<Page> pages = new ArrayList<>();
    List<Rule> rules = new ArrayList<>();
    Map<String, Prefill> populate = new LinkedHashMap<>();
    JsonNode scoring;
    String layout;
  }

  public String id() {
    return id;
  }

  public int version() {
    return version;
  }

  public LocalizedText title() {
    return title;
  }

  public FormKind kind() {
    return kind;
  }

  public FormStatus status() {
    return status;
  }

  /** Who the form is for; empty when it applies to every client. */
  public Set<Audience> appliesTo() {
    return appliesTo;
  }

  public List<String> locales() {
    return locales;
  }

  /** A copy of the data schema (JSON Schema 2020-12). */
  public ObjectNode schema() {
    return schema.deepCopy();
  }

  /** The data schema without copying; callers in the engine promise not to modify it. */
  public ObjectNode schemaView() {
    return schema;
  }

  public List<Page> pages() {
    return pages;
  }

  public List<Rule> rules() {
    return rules;
  }

  public Map<String, Prefill> populate() {
    return populate;
  }

  public Optional<JsonNode> scoring() {
    return Optional.ofNullable(scoring).map(JsonNode::deepCopy);
  }

  /** The Velocity layout's name inside the form's template pack, if it has its own layout. */
  public Optional<String> layout() {
    return Optional.ofNullable(layout);
  }

  /**
   * About how many minutes filling in the form takes, for the client's list: a quarter of a minute
   * per question (each column of a repeat group once), a minute per long answer, signature or file;
   * at least one. A rough figure that peers show too, so clients can plan; never a limit.
   */
  public int estimatedMinutes() {
    double minutes = 0;
    for (FieldUi field : fields.values()) {
      for (FieldUi asked : field.columns().isEmpty() ? List.of(field) : field.columns()) {
        minutes +=
            switch (asked.widget()) {
              case INFO -> 0;
              case LONG_TEXT, SIGNATURE, FILE -> 1;
              default -> 0.25;
            };
      }
    }
    return Math.max(1, (int) Math.ceil(minutes));
  }

  /** SHA-256 (hex) of the canonical JSON of the whole definition. */
  public String sha256() {
    return sha256;
  }

  /** A copy of the JSON this definition was read from. */
  public ObjectNode toJson() {
    return source.deepCopy();
  }

  /** Every top-level field in page order (info texts included). */
  public Map<String, FieldUi> fields() {
    return Collections.unmodifiableMap(fields);
  }

  public Optional<FieldUi> findField(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  public Map<String, Section> sections() {
    return Collections.unmodifiableMap(sections);
  }

  public Optional<String> sectionOf(String field) {
    return Optional.ofNullable(sectionOfField.get(field));
  }

  /** The schema of a top-level property, or a missing node when the schema has none. */
  public JsonNode propertySchema(String field) {
    return schema.path("properties").path(field);
  }

  /** Two definitions are equal when their content is: same canonical JSON, same hash. */
  @Override
  public boolean equals(Object o) {
    return o instanceof FormDefinition other && sha256.equals(other.sha256);
  }

  @Override
  public int hashCode() {
    return sha256.hashCode();
  }

  @Override
  public String toString() {
    return id + " v" + version + " (" + status + ", " + sha256.substring(0, 12) + ")";
  }
}

package org.foyer.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.layout.FieldUi;
import org.foyer.forms.definition.rules.Prefill;
import org.foyer.forms.json.Json;
import org.foyer.forms.json.MalformedJson;
import org.foyer.forms.rules.RuleEvaluator;
import org.foyer.forms.rules.RuleOutcome;

/**
 * The whole submission path for one definition: check limits, convert the post (or JSON), keep
 * locked values, drop answers to hidden fields, validate. Thread-safe; build once per definition.
 *
 * <p>Input names starting with "_" are reserved for the platform (CSRF token, navigation and "add
 * row" buttons) and ignored here.
 */
public final class SubmissionParser {

  private final FormDefinition definition;
  private final RuleEvaluator rules;
  private final AnswerValidator validator;
  private final ParseLimits limits;
  private final ValueConverter converter;
  private final RepeatParser repeats;
  private final Set<String> lockedPrefills = new HashSet<>();
  private final Set<String> readOnly = new HashSet<>();
  private final Map<String, FieldSpec> specs = new HashMap<>();

  /**
   * Every name the page can post (a whole field, a reference part, a cell of any row a group may
   * have), resolved once: parsing and checking each name on every post was a fifth of the parser's
   * time. Anything else (unexpected names, spellings such as {@code group[01].column}) takes the
   * full path.
   */
  private final Map<String, Resolved> plainNames = new HashMap<>();

  private final Map<String, Set<String>> groupColumns = new HashMap<>();

  private record Resolved(PostedNames name, FieldSpec spec) {}

  /** One field's posted values (or, for groups and references, its parts) in posted order. */
  private static final class Posted {
    final FieldSpec spec;
    final Object values;

    Posted(FieldSpec spec, Object values) {
      this.spec = spec;
      this.values = values;
    }
  }

  public SubmissionParser(
      FormDefinition definition,
      RuleEvaluator rules,
      AnswerValidator validator,
      ParseLimits limits) {
    this.definition = definition;
    this.rules = rules;
    this.validator = validator;
    this.limits = limits;
    this.converter = new ValueConverter();
    this.repeats = new RepeatParser(converter, limits);
    for (Map.Entry<String, Prefill> e : definition.populate().entrySet()) {
      if (e.getValue().locked()) {
        lockedPrefills.add(e.getKey());
      }
    }
    definition.fields().values().stream()
        .filter(FieldUi::readOnly)
        .forEach(f -> readOnly.add(f.field()));
    for (FieldUi ui : definition.fields().values()) {
      specs.put(ui.field(), new FieldSpec(ui, definition.propertySchema(ui.field()), limits));
    }
    for (FieldUi ui : definition.fields().values()) {
      switch (ui.widget()) {
        case INFO -> {}
        case REPEAT -> {
          Set<String> columns = new HashSet<>();
          ui.columns().forEach(c -> columns.add(c.field()));
          groupColumns.put(ui.field(), Set.copyOf(columns));
          for (int row = 0; row < limits.maxRows(); row++) {
            for (FieldUi column : ui.columns()) {
              resolveName(ui, PostedNames.cell(ui.field(), row, column.field()));
            }
          }
        }
        case SIGNATURE -> SIGNATURE_PARTS.forEach(part -> resolve(ui, part));
        case FILE -> FILE_PARTS.forEach(part -> resolve(ui, part));
        default -> resolve(ui, null);
      }
    }
  }

  private void resolve(FieldUi ui, String part) {
    resolveName(ui, part == null ? ui.field() : ui.field() + "." + part);
  }

  private void resolveName(FieldUi ui, String name) {
    PostedNames parsed = name.length() > limits.maxNameLength() ? null : PostedNames.parse(name);
    if (parsed != null && fits(ui, parsed)) {
      plainNames.put(name, new Resolved(parsed, specs.get(ui.field())));
    }
  }

  /**
   * Parses a browser post. {@code baseline} holds the pre-filled answers: read-only fields, and
   * locked pre-filled fields that have a value on record, keep them whatever was posted.
   */
  public ParseResult parsePost(Map<String, List<String>> post, Answers baseline) {
    List<FieldError> errors = new ArrayList<>();
    if (tooLarge(post)) {
      errors.add(FieldError.of("", ErrorCode.SUBMISSION_TOO_LARGE));
      return new ParseResult(baseline, errors, Set.of(), Map.of());
    }
    Map<String, List<String>> typed = new HashMap<>(post.size() * 2);
    List<Posted> grouped = group(post, typed, errors);
    // Sized for the whole form: growing a default-sized node several times showed in profiles.
    ObjectNode answers =
        new ObjectNode(JsonNodeFactory.instance, new LinkedHashMap<>(specs.size() * 2));
    for (Posted posted : grouped) {
      JsonNode value = convert(posted, typed, errors);
      if (value != null) {
        answers.set(posted.spec.name, value);
      }
    }
    return finish(answers, baseline, errors, typed);
  }

  @SuppressWarnings("unchecked")
  private JsonNode convert(
      Posted posted, Map<String, List<String>> typed, List<FieldError> errors) {
    FieldSpec spec = posted.spec;
    return switch (spec.ui.widget()) {
      case REPEAT ->
          repeats.parse(
              spec, (TreeMap<Integer, Map<String, List<String>>>) posted.values, typed, errors);
      case SIGNATURE, FILE ->
          converter.reference((Map<String, List<String>>) posted.values, spec.pointer, errors);
      default -> converter.convert(spec, (List<String>) posted.values, spec.pointer, errors);
    };
  }

  /** Parses a JSON answer document (from the API) through the same rules and validation. */
  public ParseResult parseJson(String json, Answers baseline) {
    List<FieldError> errors = new ArrayList<>();
    if (json.length() > limits.maxTotalChars()) {
      errors.add(FieldError.of("", ErrorCode.SUBMISSION_TOO_LARGE));
      return new ParseResult(baseline, errors, Set.of(), Map.of());
    }
    JsonNode node;
    try {
      node = Json.parse(json);
    } catch (MalformedJson e) {
      errors.add(FieldError.of("", ErrorCode.WRONG_TYPE));
      return new ParseResult(baseline, errors, Set.of(), Map.of());
    }
    if (!node.isObject()) {
      errors.add(FieldError.of("", ErrorCode.WRONG_TYPE));
      return new ParseResult(baseline, errors, Set.of(), Map.of());
    }
    ObjectNode answers = (ObjectNode) node;
    List<String> names = new ArrayList<>();
    answers.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      FieldUi ui = definition.fields().get(name);
      if (ui == null || !ui.widget().hasAnswer()) {
        errors.add(FieldError.of("", ErrorCode.UNKNOWN_FIELD));
        answers.remove(name);
      } else if (ui.widget().isBlobReference() && isInline(answers.get(name))) {
        errors.add(FieldError.of("/" + name, ErrorCode.INLINE_DATA_REFUSED));
        answers.remove(name);
      }
    }
    return finish(answers, baseline, errors, Map.of());
  }

  /** Re-validates stored answers (for example before signing) without a new submission. */
  public ParseResult revalidate(Answers stored) {
    return finish(stored.json(), Answers.EMPTY, new ArrayList<>(), Map.of());
  }

  private ParseResult finish(
      ObjectNode answers,
      Answers baseline,
      List<FieldError> errors,
      Map<String, List<String>> typed) {
    for (String name : readOnly) {
      keepBaseline(answers, baseline, name);
    }
    // A locked prefill locks only what the record actually supplied; without a value on record
    // the client must be able to answer.
    for (String name : lockedPrefills) {
      if (baseline.has(name)) {
        keepBaseline(answers, baseline, name);
      }
    }
    RuleOutcome outcome = rules.dropHiddenAnswers(answers);
    for (String name : outcome.disabled()) {
      if (definition.fields().containsKey(name)) {
        keepBaseline(answers, baseline, name);
      }
    }
    errors.removeIf(e -> outcome.isHidden(e.field()));
    Set<String> failed = new HashSet<>();
    errors.forEach(e -> failed.add(e.field()));
    for (FieldError error : validator.validate(answers, outcome)) {
      if (!failed.contains(error.field())) {
        errors.add(error);
      }
    }
    return new ParseResult(Answers.adopt(answers), errors, outcome.hidden(), typed);
  }

  private static void keepBaseline(ObjectNode answers, Answers baseline, String name) {
    if (baseline.has(name)) {
      answers.set(name, baseline.get(name).deepCopy());
    } else {
      answers.remove(name);
    }
  }

  private boolean tooLarge(Map<String, List<String>> post) {
    int count = 0;
    long chars = 0;
    for (Map.Entry<String, List<String>> e : post.entrySet()) {
      List<String> values = e.getValue() == null ? List.of() : e.getValue();
      int size = values.size();
      count += Math.max(1, size);
      chars += e.getKey() == null ? 0 : e.getKey().length();
      // Indexed: an iterator per posted name showed in profiles.
      for (int i = 0; i < size; i++) {
        String v = values.get(i);
        chars += v == null ? 0 : v.length();
      }
      if (count > limits.maxParameters() || chars > limits.maxTotalChars()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Groups posted values by top-level field, in posted order: a plain field has its values, a
   * reference a map of part ("ref", ...) to values, a repeatable group its cells by row and column.
   */
  @SuppressWarnings("unchecked")
  private List<Posted> group(
      Map<String, List<String>> post, Map<String, List<String>> typed, List<FieldError> errors) {
    List<Posted> grouped = new ArrayList<>(post.size());
    Map<String, Posted> withParts = new HashMap<>();
    boolean unknownReported = false;
    for (Map.Entry<String, List<String>> e : post.entrySet()) {
      String name = e.getKey();
      if (name == null || name.startsWith("_")) {
        continue;
      }
      List<String> values = clean(e.getValue());
      Resolved resolved = plainNames.get(name);
      PostedNames parsed;
      FieldSpec spec;
      if (resolved != null) {
        parsed = resolved.name();
        spec = resolved.spec();
      } else {
        parsed = name.length() > limits.maxNameLength() ? null : PostedNames.parse(name);
        spec = parsed == null ? null : specs.get(parsed.field());
        if (spec != null && !fits(spec.ui, parsed)) {
          spec = null;
        }
      }
      if (spec == null) {
        if (!unknownReported) {
          errors.add(FieldError.of("", ErrorCode.UNKNOWN_FIELD));
          unknownReported = true;
        }
        continue;
      }
      typed.put(name, values);
      if (parsed.isCell()) {
        ((TreeMap<Integer, Map<String, List<String>>>) parts(grouped, withParts, spec, true).values)
            .computeIfAbsent(parsed.row(), r -> new HashMap<>())
            .put(parsed.part(), values);
      } else if (parsed.part() != null) {
        ((Map<String, List<String>>) parts(grouped, withParts, spec, false).values)
            .put(parsed.part(), values);
      } else {
        grouped.add(new Posted(spec, values));
      }
    }
    return grouped;
  }

  /**
   * The parts posted so far for a group or reference, added to the posted order when first seen.
   */
  private static Posted parts(
      List<Posted> grouped, Map<String, Posted> withParts, FieldSpec spec, boolean rows) {
    Posted parts = withParts.get(spec.name);
    if (parts == null) {
      parts =
          new Posted(
              spec,
              rows
                  ? new TreeMap<Integer, Map<String, List<String>>>()
                  : new LinkedHashMap<String, List<String>>());
      withParts.put(spec.name, parts);
      grouped.add(parts);
    }
    return parts;
  }

  private boolean fits(FieldUi ui, PostedNames parsed) {
    return switch (ui.widget()) {
      case INFO -> false;
      case REPEAT -> parsed.isCell() && groupColumns.get(ui.field()).contains(parsed.part());
      case SIGNATURE -> parsed.part() != null && SIGNATURE_PARTS.contains(parsed.part());
      case FILE -> parsed.part() != null && FILE_PARTS.contains(parsed.part());
      default -> !parsed.isCell() && parsed.part() == null;
    };
  }

  private static final Set<String> SIGNATURE_PARTS = Set.of("ref", "sha256", "typedName");
  private static final Set<String> FILE_PARTS = Set.of("ref", "sha256", "name", "mediaType");

  private static List<String> clean(List<String> values) {
    if (values == null || values.isEmpty()) {
      return List.of("");
    }
    if (values.size() == 1 && values.get(0) != null) {
      return values;
    }
    List<String> copy = new ArrayList<>(values.size());
    for (String v : values) {
      copy.add(v == null ? "" : v);
    }
    return copy;
  }

  private static boolean isInline(JsonNode reference) {
    return reference.toString().toLowerCase(java.util.Locale.ROOT).contains("data:");
  }
}

package org.foyer.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.json.Json;
import org.foyer.forms.json.LocalSchemas;
import org.foyer.forms.rules.RuleOutcome;

/**
 * Validates an answer document against the form's data schema and its REQUIRE rules. Errors about
 * hidden fields are dropped: a field the client cannot see is never required.
 *
 * <p>Posted answers take a faster path: the keywords {@link SchemaCheck} mirrors are checked in
 * Java, and networknt validates only the fields whose schemas use anything else (none, for the
 * default pack). networknt walking a 60-field answer cost more than converting the whole post.
 * Answers from the API and stored answers keep the full networknt validation.
 */
public final class AnswerValidator {

  private static final Set<String> ROOT_KEYWORDS =
      Set.of("$schema", "type", "properties", "required", "additionalProperties");

  private final JsonSchema schema;
  private final SchemaCheck direct;
  private final JsonSchema residual;
  private final Map<String, Integer> order = new HashMap<>();

  public AnswerValidator(FormDefinition definition) {
    this.schema = LocalSchemas.compile(definition.schemaView());
    definition.fields().keySet().forEach(name -> order.put(name, order.size()));
    ObjectNode root = definition.schemaView();
    ObjectNode checked = null;
    ObjectNode rest = null;
    if (hasOnly(root, ROOT_KEYWORDS) && root.path("properties").isObject()) {
      checked = root.deepCopy();
      checked.remove("$schema");
      ObjectNode properties = (ObjectNode) checked.get("properties");
      Iterator<Map.Entry<String, JsonNode>> fields = root.get("properties").fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (SchemaCheck.compile(field.getValue()) == null) {
          // Kept as a known name for additionalProperties, validated by networknt instead.
          properties.set(field.getKey(), BooleanNode.TRUE);
          if (rest == null) {
            rest = Json.object();
            rest.set("$schema", root.get("$schema"));
            rest.putObject("properties");
          }
          ((ObjectNode) rest.get("properties")).set(field.getKey(), field.getValue());
        }
      }
    }
    this.direct = checked == null ? null : SchemaCheck.compile(checked);
    this.residual = direct == null || rest == null ? null : LocalSchemas.compile(rest);
  }

  private static boolean hasOnly(ObjectNode node, Set<String> keywords) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      if (!keywords.contains(names.next())) {
        return false;
      }
    }
    return true;
  }

  /** Validation without rules, for the bare schema check. */
  public boolean isValid(ObjectNode answers) {
    return schema.validate(answers, com.networknt.schema.OutputFormat.BOOLEAN);
  }

  /** Full networknt validation. */
  public List<FieldError> validate(ObjectNode answers, RuleOutcome outcome) {
    List<FieldError> found = new ArrayList<>();
    for (ValidationMessage message : schema.validate(answers)) {
      found.add(SchemaErrorMapper.map(message));
    }
    return finish(found, answers, outcome);
  }

  /**
   * The same errors as {@link #validate}, through the faster path when the schema allows it. Used
   * for answers converted from a post, which is where the time goes.
   */
  public List<FieldError> validatePosted(ObjectNode answers, RuleOutcome outcome) {
    if (direct == null) {
      return validate(answers, outcome);
    }
    List<FieldError> found = new ArrayList<>();
    direct.check(answers, "", found);
    if (residual != null) {
      for (ValidationMessage message : residual.validate(answers)) {
        found.add(SchemaErrorMapper.map(message));
      }
    }
    return finish(found, answers, outcome);
  }

  /** Whether posted answers skip networknt for at least some fields (for tests). */
  boolean checksDirectly() {
    return direct != null;
  }

  private List<FieldError> finish(List<FieldError> found, ObjectNode answers, RuleOutcome outcome) {
    List<FieldError> errors = new ArrayList<>();
    Set<String> pointers = new HashSet<>();
    for (FieldError error : found) {
      if (!outcome.isHidden(error.field()) && pointers.add(error.pointer())) {
        errors.add(error);
      }
    }
    for (String field : outcome.required()) {
      if (outcome.isRequired(field) && !answers.has(field) && pointers.add("/" + field)) {
        errors.add(FieldError.of("/" + field, ErrorCode.REQUIRED));
      }
    }
    errors.sort(
        Comparator.<FieldError>comparingInt(e -> order.getOrDefault(e.field(), -1))
            .thenComparing(FieldError::pointer));
    return errors;
  }
}

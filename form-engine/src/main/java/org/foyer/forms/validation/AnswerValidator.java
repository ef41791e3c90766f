package org.foyer.forms.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.json.LocalSchemas;
import org.foyer.forms.rules.RuleOutcome;

/**
 * Validates an answer document against the form's data schema and its REQUIRE rules. Errors about
 * hidden fields are dropped: a field the client cannot see is never required.
 *
 * <p>Posted answers, answers from the API and stored answers all go through networknt, which
 * asserts the engine's formats (see {@link LocalSchemas}).
 */
public final class AnswerValidator {

  private final JsonSchema schema;
  private final Map<String, Integer> order = new HashMap<>();

  public AnswerValidator(FormDefinition definition) {
    this.schema = LocalSchemas.compile(definition.schemaView());
    definition.fields().keySet().forEach(name -> order.put(name, order.size()));
  }

  /** Validation without rules, for the bare schema check. */
  public boolean isValid(ObjectNode answers) {
    return schema.validate(answers, com.networknt.schema.OutputFormat.BOOLEAN);
  }

  /** The schema's errors (networknt) and the rules', without hidden fields, in field order. */
  public List<FieldError> validate(ObjectNode answers, RuleOutcome outcome) {
    List<FieldError> found = new ArrayList<>();
    for (ValidationMessage message : schema.validate(answers)) {
      found.add(SchemaErrorMapper.map(message));
    }
    return finish(found, answers, outcome);
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

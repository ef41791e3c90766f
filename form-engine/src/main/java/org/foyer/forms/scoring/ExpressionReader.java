package org.foyer.forms.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.foyer.forms.definition.problems.DefinitionProblem;

/**
 * Parses the scoring expression form against a fixed allow-list of operators, with bounded depth
 * and size so a hostile definition cannot make evaluation expensive.
 */
final class ExpressionReader {

  static final int MAX_DEPTH = 12;
  static final int MAX_NODES = 400;
  private static final Set<String> ARITHMETIC = Set.of("sum", "-", "*", "max", "min");
  private static final Set<String> COMPARISON = Set.of(">", ">=", "<", "<=", "==", "!=");
  private static final Set<String> LOGIC = Set.of("and", "or", "not");

  private final Set<String> fields;
  private final Set<String> knownScores;
  private final List<DefinitionProblem> problems;
  private int nodes;

  ExpressionReader(Set<String> fields, Set<String> knownScores, List<DefinitionProblem> problems) {
    this.fields = fields;
    this.knownScores = knownScores;
    this.problems = problems;
  }

  Expression read(JsonNode node, String at) {
    return read(node, at, 0);
  }

  private Expression read(JsonNode node, String at, int depth) {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
      return fail(at, "expression is too large or too deeply nested");
    }
    if (node == null) {
      return fail(at, "an expression is required");
    }
    if (node.isNumber()) {
      return new Expression.Constant(node.decimalValue());
    }
    if (node.isTextual()) {
      return item(node.textValue(), at);
    }
    if (!node.isObject() || node.size() < 1) {
      return fail(at, "must be a number, a field name or an operator object");
    }
    Map.Entry<String, JsonNode> op = node.fields().next();
    String name = op.getKey();
    String opAt = at + "/" + name.replace("~", "~0").replace("/", "~1");
    JsonNode arg = op.getValue();
    if (name.equals("var")) {
      return item(arg.asText(), opAt);
    }
    if (name.equals("answered")) {
      Expression item = item(arg.asText(), opAt);
      return item instanceof Expression.Item i ? new Expression.Answered(i.field()) : item;
    }
    if (name.equals("score")) {
      if (!knownScores.contains(arg.asText())) {
        return fail(opAt, "no earlier score named \"" + arg.asText() + "\"");
      }
      return new Expression.Score(arg.asText());
    }
    if (name.equals("reverse")) {
      JsonNode min = node.get("min");
      JsonNode max = node.get("max");
      if (node.size() != 3 || min == null || max == null || !min.isNumber() || !max.isNumber()) {
        return fail(at, "reverse needs numeric \"min\" and \"max\" of the item's scale");
      }
      return new Expression.Reverse(
          read(arg, opAt, depth + 1), min.decimalValue(), max.decimalValue());
    }
    if (node.size() != 1) {
      return fail(at, "an operator object has exactly one key");
    }
    if (ARITHMETIC.contains(name) || LOGIC.contains(name)) {
      List<Expression> operands = operands(arg, opAt, depth, name.equals("not") ? 1 : -1);
      return ARITHMETIC.contains(name)
          ? new Expression.Arithmetic(name, operands)
          : new Expression.Logic(name, operands);
    }
    if (COMPARISON.contains(name)) {
      List<Expression> operands = operands(arg, opAt, depth, 2);
      return operands.size() == 2
          ? new Expression.Comparison(name, operands.get(0), operands.get(1))
          : fail(opAt, "a comparison needs two operands");
    }
    return fail(opAt, "unknown operator \"" + name + "\"");
  }

  private List<Expression> operands(JsonNode arg, String at, int depth, int exactly) {
    List<Expression> operands = new ArrayList<>();
    JsonNode list = arg.isArray() ? arg : null;
    if (list == null && exactly == 1) {
      operands.add(read(arg, at, depth + 1));
      return operands;
    }
    if (list == null || list.isEmpty() || (exactly > 0 && list.size() != exactly)) {
      fail(at, exactly > 0 ? "needs exactly " + exactly + " operands" : "needs a list of operands");
      return operands;
    }
    for (int i = 0; i < list.size(); i++) {
      operands.add(read(list.get(i), at + "/" + i, depth + 1));
    }
    return operands;
  }

  private Expression item(String field, String at) {
    if (!fields.contains(field)) {
      return fail(at, "no field named \"" + field + "\"");
    }
    return new Expression.Item(field);
  }

  private Expression fail(String at, String reason) {
    problems.add(DefinitionProblem.at(at, reason));
    return new Expression.Constant(java.math.BigDecimal.ZERO);
  }
}

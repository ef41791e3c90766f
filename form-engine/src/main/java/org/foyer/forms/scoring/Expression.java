package org.foyer.forms.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A parsed scoring expression. The set of node kinds is closed: nothing here can call code, loop or
 * reach anything but the answers and earlier scores.
 */
sealed interface Expression {

  /** A number, or null when it depends on an unanswered item. */
  BigDecimal number(ScoringContext context);

  /** Truth for conditions; a number is true when it is not zero. */
  default boolean truth(ScoringContext context) {
    BigDecimal n = number(context);
    return n != null && n.signum() != 0;
  }

  record Constant(BigDecimal value) implements Expression {
    public BigDecimal number(ScoringContext context) {
      return value;
    }
  }

  record Item(String field) implements Expression {
    public BigDecimal number(ScoringContext context) {
      return context.item(field);
    }
  }

  record Score(String id) implements Expression {
    public BigDecimal number(ScoringContext context) {
      return context.score(id);
    }
  }

  record Answered(String field) implements Expression {
    public BigDecimal number(ScoringContext context) {
      return context.item(field) == null ? BigDecimal.ZERO : BigDecimal.ONE;
    }
  }

  /** Reverse-scores a value on the scale min..max: min becomes max and max becomes min. */
  record Reverse(Expression of, BigDecimal min, BigDecimal max) implements Expression {
    public BigDecimal number(ScoringContext context) {
      BigDecimal v = of.number(context);
      return v == null ? null : min.add(max).subtract(v);
    }
  }

  record Arithmetic(String op, List<Expression> operands) implements Expression {
    public BigDecimal number(ScoringContext context) {
      BigDecimal result = null;
      for (Expression operand : operands) {
        BigDecimal v = operand.number(context);
        if (v == null) {
          if (context.missingCountsAsZero()) {
            v = BigDecimal.ZERO;
          } else {
            return null;
          }
        }
        result = result == null ? v : apply(result, v);
      }
      return result;
    }

    private BigDecimal apply(BigDecimal a, BigDecimal b) {
      return switch (op) {
        case "sum" -> a.add(b);
        case "-" -> a.subtract(b);
        case "*" -> a.multiply(b);
        case "max" -> a.max(b);
        case "min" -> a.min(b);
        default -> throw new IllegalStateException("unknown operator " + op);
      };
    }
  }

  record Comparison(String op, Expression left, Expression right) implements Expression {
    public BigDecimal number(ScoringContext context) {
      return truth(context) ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    @Override
    public boolean truth(ScoringContext context) {
      BigDecimal a = left.number(context);
      BigDecimal b = right.number(context);
      if (a == null || b == null) {
        return false;
      }
      int c = a.compareTo(b);
      return switch (op) {
        case ">" -> c > 0;
        case ">=" -> c >= 0;
        case "<" -> c < 0;
        case "<=" -> c <= 0;
        case "==" -> c == 0;
        case "!=" -> c != 0;
        default -> throw new IllegalStateException("unknown comparison " + op);
      };
    }
  }

  record Logic(String op, List<Expression> operands) implements Expression {
    public BigDecimal number(ScoringContext context) {
      return truth(context) ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    @Override
    public boolean truth(ScoringContext context) {
      return switch (op) {
        case "and" -> operands.stream().allMatch(o -> o.truth(context));
        case "or" -> operands.stream().anyMatch(o -> o.truth(context));
        case "not" -> !operands.get(0).truth(context);
        default -> throw new IllegalStateException("unknown logic " + op);
      };
    }
  }
}

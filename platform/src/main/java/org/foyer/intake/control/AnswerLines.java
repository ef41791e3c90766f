package org.foyer.intake.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.definition.FieldOption;
import org.foyer.forms.definition.FieldUi;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.Page;
import org.foyer.forms.definition.Section;
import org.foyer.forms.definition.Widget;

/**
 * Submitted answers as label and text, in the form's order, for the read-only views (the client's
 * locked form, the staff review). Choice values show their labels; signatures the typed name.
 */
public final class AnswerLines {

  /** One answered question. */
  public record Line(String field, String label, String value) {}

  private AnswerLines() {}

  public static List<Line> of(FormDefinition definition, Answers answers, Locale locale) {
    List<Line> lines = new ArrayList<>();
    for (Page page : definition.pages()) {
      for (Section section : page.sections()) {
        for (FieldUi field : section.fields()) {
          if (field.widget() == Widget.INFO) {
            continue;
          }
          JsonNode answer = answers.get(field.field());
          if (answer.isMissingNode() || answer.isNull()) {
            continue;
          }
          lines.add(
              new Line(field.field(), field.label().text(locale), text(field, answer, locale)));
        }
      }
    }
    return lines;
  }

  private static String text(FieldUi field, JsonNode answer, Locale locale) {
    if (field.widget() == Widget.SIGNATURE) {
      return "Signed: " + answer.path("typedName").asText();
    }
    if (field.widget() == Widget.FILE) {
      return "File: " + answer.path("name").asText(answer.path("ref").asText());
    }
    if (field.widget() == Widget.YES_NO) {
      return answer.asBoolean() ? "Yes" : "No";
    }
    if (answer.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode item : answer) {
        parts.add(
            item.isObject() ? row(field, item, locale) : option(field, item.asText(), locale));
      }
      return String.join(field.widget() == Widget.REPEAT ? "; " : ", ", parts);
    }
    return option(field, answer.asText(), locale);
  }

  private static String row(FieldUi field, JsonNode item, Locale locale) {
    List<String> cells = new ArrayList<>();
    for (FieldUi column : field.columns()) {
      JsonNode cell = item.path(column.field());
      if (!cell.isMissingNode() && !cell.isNull()) {
        cells.add(column.label().text(locale) + ": " + cell.asText());
      }
    }
    return String.join(", ", cells);
  }

  private static String option(FieldUi field, String value, Locale locale) {
    for (FieldOption option : field.options()) {
      if (option.value().equals(value) && option.label() != null && !option.label().isEmpty()) {
        return option.label().text(locale);
      }
    }
    return value;
  }
}

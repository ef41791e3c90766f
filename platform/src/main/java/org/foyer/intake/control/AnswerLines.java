package org.foyer.intake.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.layout.FieldOption;
import org.foyer.forms.definition.layout.FieldUi;
import org.foyer.forms.definition.layout.Page;
import org.foyer.forms.definition.layout.Section;
import org.foyer.forms.definition.layout.Widget;

/**
 * Submitted answers as label and text, in the form's order, for the read-only views (the client's
 * locked form, the staff review). Choice values show their labels (in repeat-group rows too);
 * signatures the typed name. A repeat group also comes as a table: its column labels and one row of
 * cell texts per entry.
 */
public final class AnswerLines {

  /** One answered question; {@code columns} and {@code rows} are filled for a repeat group. */
  public record Line(
      String field, String label, String value, List<String> columns, List<List<String>> rows) {

    public Line(String field, String label, String value) {
      this(field, label, value, List.of(), List.of());
    }

    public boolean isTable() {
      return !columns.isEmpty();
    }
  }

  /** A file answer: the client's General Document it refers to. */
  public record Attached(String label, String fileName, UUID documentId) {}

  private AnswerLines() {}

  /** The files the answers refer to (card photos), in the form's order. */
  public static List<Attached> attachments(
      FormDefinition definition, Answers answers, Locale locale) {
    List<Attached> attached = new ArrayList<>();
    for (FieldUi field : definition.fields().values()) {
      JsonNode answer = answers.get(field.field());
      if (field.widget() != Widget.FILE || !answer.isObject()) {
        continue;
      }
      try {
        UUID id = UUID.fromString(answer.path("ref").asText());
        attached.add(
            new Attached(field.label().text(locale), answer.path("name").asText("file"), id));
      } catch (IllegalArgumentException e) {
        // A reference the platform did not issue names no document: nothing to link.
      }
    }
    return attached;
  }

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
          String label = field.label().text(locale);
          String value = text(field, answer, locale);
          lines.add(
              field.widget() == Widget.REPEAT
                  ? new Line(
                      field.field(),
                      label,
                      value,
                      field.columns().stream().map(c -> c.label().text(locale)).toList(),
                      rows(field, answer, locale))
                  : new Line(field.field(), label, value));
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
    if (field.widget() == Widget.DATE) {
      return readableDate(answer.asText(), locale);
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
        cells.add(column.label().text(locale) + ": " + text(column, cell, locale));
      }
    }
    return String.join(", ", cells);
  }

  private static List<List<String>> rows(FieldUi field, JsonNode answer, Locale locale) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode item : answer) {
      List<String> cells = new ArrayList<>();
      for (FieldUi column : field.columns()) {
        JsonNode cell = item.path(column.field());
        cells.add(cell.isMissingNode() || cell.isNull() ? "" : text(column, cell, locale));
      }
      rows.add(cells);
    }
    return rows;
  }

  /** "3 Sep 1984" rather than the stored ISO date; anything unparsable is shown as stored. */
  static String readableDate(String iso, Locale locale) {
    try {
      return DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(LocalDate.parse(iso));
    } catch (DateTimeParseException e) {
      return iso;
    }
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

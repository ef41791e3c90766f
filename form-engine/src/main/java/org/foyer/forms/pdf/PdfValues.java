package org.foyer.forms.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.layout.FieldOption;
import org.foyer.forms.definition.layout.FieldUi;
import org.foyer.forms.definition.layout.Widget;

/** Prints answers as text: choice labels rather than stored values, Yes/No, rows of a group. */
final class PdfValues {

  private final FormDefinition definition;
  private final Locale locale;
  private final Map<String, Object> texts;

  PdfValues(FormDefinition definition, Locale locale, Map<String, Object> texts) {
    this.definition = definition;
    this.locale = locale;
    this.texts = texts;
  }

  String text(FieldUi ui, JsonNode answer) {
    if (answer.isMissingNode() || answer.isNull()) {
      return ui.widget() == Widget.INFO ? "" : (String) texts.get("notAnswered");
    }
    return switch (ui.widget()) {
      case YES_NO -> (String) texts.get(answer.asBoolean() ? "yes" : "no");
      case RADIO, SELECT, LIKERT -> label(ui, answer.asText());
      case CHECKBOXES -> {
        List<String> labels = new ArrayList<>();
        answer.forEach(a -> labels.add(label(ui, a.asText())));
        yield String.join(", ", labels);
      }
      case SIGNATURE -> answer.path("typedName").asText();
      case DATE -> readableDate(answer.asText());
      case FILE ->
          answer.path("name").asText(answer.path("ref").asText())
              + " (SHA-256 "
              + answer.path("sha256").asText()
              + ")";
      case REPEAT -> "";
      default -> answer.isBigDecimal() ? answer.decimalValue().toPlainString() : answer.asText();
    };
  }

  /** Choices printed as boxes: every option, ticked where chosen (none on a blank form). */
  List<Object> options(FieldUi ui, JsonNode answer, boolean blank) {
    if (!blank || !(ui.widget().isChoice() || ui.widget() == Widget.YES_NO)) {
      return List.of();
    }
    List<Object> options = new ArrayList<>();
    Set<String> chosen = new HashSet<>();
    answer.forEach(a -> chosen.add(a.asText()));
    if (answer.isValueNode()) {
      chosen.add(answer.asText());
    }
    for (String[] option : choices(ui)) {
      options.add(Map.of("label", option[1], "checked", chosen.contains(option[0])));
    }
    return options;
  }

  List<Object> rows(FieldUi ui, JsonNode answer, boolean blank) {
    if (ui.widget() != Widget.REPEAT) {
      return List.of();
    }
    List<Object> rows = new ArrayList<>();
    int count = blank ? Math.max(ui.rows(), 3) : answer.size();
    for (int r = 0; r < count; r++) {
      List<Object> cells = new ArrayList<>();
      for (FieldUi column : ui.columns()) {
        cells.add(blank ? "" : text(column, answer.path(r).path(column.field())));
      }
      rows.add(cells);
    }
    return rows;
  }

  /** "28 Feb 1990" rather than the stored ISO date; anything unparsable is printed as stored. */
  private String readableDate(String iso) {
    try {
      return DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(LocalDate.parse(iso));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  private List<String[]> choices(FieldUi ui) {
    List<String[]> choices = new ArrayList<>();
    JsonNode schema = definition.propertySchema(ui.field());
    switch (ui.widget()) {
      case YES_NO -> {
        choices.add(new String[] {"true", (String) texts.get("yes")});
        choices.add(new String[] {"false", (String) texts.get("no")});
      }
      case LIKERT -> {
        for (int i = schema.path("minimum").asInt(); i <= schema.path("maximum").asInt(); i++) {
          choices.add(new String[] {Integer.toString(i), label(ui, Integer.toString(i))});
        }
      }
      default -> {
        JsonNode values =
            ui.widget() == Widget.CHECKBOXES
                ? schema.path("items").path("enum")
                : schema.path("enum");
        values.forEach(v -> choices.add(new String[] {v.asText(), label(ui, v.asText())}));
      }
    }
    return choices;
  }

  private String label(FieldUi ui, String value) {
    for (FieldOption option : ui.options()) {
      if (option.value().equals(value)) {
        String label = option.label().text(locale);
        return ui.widget() == Widget.LIKERT ? value + " " + label : label;
      }
    }
    return value;
  }
}

package org.foyer.forms.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.layout.FieldUi;
import org.foyer.forms.definition.layout.Page;
import org.foyer.forms.definition.layout.Section;
import org.foyer.forms.definition.layout.Widget;
import org.foyer.forms.render.LabelLeads;
import org.foyer.forms.rules.RuleOutcome;

/** Builds the inert model of the PDF template: pages of fields with their printed values. */
final class PdfModel {

  private final FormDefinition definition;
  private final Locale locale;
  private final Map<String, Object> texts;
  private final PdfValues values;

  PdfModel(FormDefinition definition, Locale locale, Map<String, Object> texts) {
    this.definition = definition;
    this.locale = locale;
    this.texts = texts;
    this.values = new PdfValues(definition, locale, texts);
  }

  Map<String, Object> build(JsonNode answers, RuleOutcome outcome, boolean blank) {
    List<Object> pages = new ArrayList<>();
    for (Page page : definition.pages()) {
      List<Object> sections = new ArrayList<>();
      for (Section section : page.sections()) {
        if (!blank && outcome.isHidden(section.id())) {
          continue;
        }
        List<Object> fields = new ArrayList<>();
        for (FieldUi field : section.fields()) {
          if (blank || !outcome.isHidden(field.field())) {
            fields.add(field(field, answers.path(field.field()), blank));
          }
        }
        sections.add(Map.of("title", section.title().text(locale), "fields", fields));
      }
      pages.add(Map.of("title", page.title().text(locale), "sections", sections));
    }
    Map<String, Object> doc = new HashMap<>();
    doc.put("title", definition.title().text(locale));
    doc.put("lang", locale.getLanguage());
    doc.put("formId", definition.id());
    doc.put("version", Integer.toString(definition.version()));
    doc.put("formSha256", definition.sha256());
    doc.put("blank", blank);
    doc.put("pages", pages);
    doc.put("text", texts);
    doc.put("scores", List.of());
    doc.put("flags", List.of());
    doc.put("signatures", List.of());
    return doc;
  }

  private Map<String, Object> field(FieldUi ui, JsonNode answer, boolean blank) {
    Map<String, Object> f = new HashMap<>();
    String label = ui.label().text(locale);
    f.put("label", label.isEmpty() ? ui.field() : label);
    f.put("lead", LabelLeads.lead(label.isEmpty() ? ui.field() : label));
    f.put(
        "kind",
        ui.widget() == Widget.INFO ? "info" : ui.widget() == Widget.REPEAT ? "repeat" : "value");
    f.put("long", ui.widget() == Widget.LONG_TEXT);
    f.put("options", values.options(ui, answer, blank));
    f.put("value", blank ? "" : values.text(ui, answer));
    f.put("rows", values.rows(ui, answer, blank));
    f.put("columns", ui.columns().stream().map(c -> c.label().text(locale)).toList());
    return f;
  }
}

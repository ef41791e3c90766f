package org.foyer.forms.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.foyer.forms.definition.rules.Rule;
import org.foyer.forms.json.Json;
import org.foyer.forms.rules.RuleOutcome;

/**
 * Builds the whole inert model a form template sees under {@code $form}: texts, pages, sections,
 * fields, the error summary and the rules for the optional live script.
 */
final class FormModel {

  /** Rules JSON never changes for a definition; keyed by content hash, cleared when large. */
  private static final Map<String, String> RULES_JSON =
      new java.util.concurrent.ConcurrentHashMap<>();

  private FormModel() {}

  static Map<String, Object> build(
      FormDefinition definition,
      RuleOutcome outcome,
      FormState state,
      Locale locale,
      RenderOptions options) {
    ViewContext ctx = new ViewContext(definition, outcome, state, locale);
    FieldViews fieldViews = new FieldViews(ctx);
    String title = definition.title().text(locale);
    List<Object> pages = new ArrayList<>();
    boolean multipart = false;
    for (Page page : definition.pages()) {
      List<Object> sections = new ArrayList<>();
      for (Section section : page.sections()) {
        List<Object> fields = new ArrayList<>(section.fields().size());
        for (FieldUi field : section.fields()) {
          fields.add(fieldViews.topLevel(field));
          multipart |= field.widget() == Widget.FILE;
        }
        sections.add(
            Views.map(
                "id", "s-" + section.id(),
                "target", section.id(),
                "title", section.title().text(locale),
                "hidden", outcome.isHidden(section.id()),
                "fields", fields));
      }
      String pageTitle = page.title().text(locale);
      pages.add(
          Views.map(
              "id",
              "p-" + page.id(),
              "headingId",
              "p-" + page.id() + "-title",
              "title",
              pageTitle.isEmpty() ? title : pageTitle,
              "sections",
              sections));
    }
    Map<String, Object> form = new HashMap<>();
    form.put("id", definition.id());
    form.put("title", title);
    form.put("lang", locale.getLanguage());
    form.put("action", options.action());
    form.put("hidden", hiddenInputs(options));
    form.put("scriptUrl", options.scriptUrl());
    form.put("stylesheetUrl", options.stylesheetUrl());
    form.put("uploadUrl", options.signatureUploadUrl());
    form.put("multipart", multipart);
    form.put("rulesJson", rulesJson(definition));
    form.put("pages", pages);
    form.put("errors", summary(ctx, definition));
    form.put("text", ctx.texts);
    return Views.map("form", form);
  }

  private static List<Object> hiddenInputs(RenderOptions options) {
    List<Object> hidden = new ArrayList<>();
    options.hiddenInputs().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> hidden.add(Views.map("name", e.getKey(), "value", e.getValue())));
    return hidden;
  }

  private static List<Object> summary(ViewContext ctx, FormDefinition definition) {
    List<Object> errors = new ArrayList<>();
    String firstField = firstFieldId(definition);
    for (Map.Entry<String, String> e : ctx.errors.entrySet()) {
      String target = ctx.errorTargets.get(e.getKey());
      String found = ctx.errorLabels.get(e.getKey());
      String label = found == null ? (String) ctx.texts.get("formError") : found;
      errors.add(
          Views.map(
              "href",
              target == null ? firstField : target,
              "label",
              label,
              "lead",
              LabelLeads.lead(label),
              "message",
              e.getValue()));
    }
    return errors;
  }

  /** Where a summary entry for an error not tied to one field links to. */
  static String firstFieldId(FormDefinition definition) {
    return definition.fields().values().stream()
        .filter(f -> f.widget().hasAnswer())
        .findFirst()
        .map(f -> ViewContext.id(f.field()))
        .orElse("");
  }

  /** Rules as JSON for the live script; the server re-evaluates them on every post anyway. */
  static String rulesJson(FormDefinition definition) {
    String cached = RULES_JSON.get(definition.sha256());
    if (cached != null) {
      return cached;
    }
    if (RULES_JSON.size() > 1_000) {
      RULES_JSON.clear();
    }
    String json = buildRulesJson(definition);
    RULES_JSON.put(definition.sha256(), json);
    return json;
  }

  private static String buildRulesJson(FormDefinition definition) {
    ArrayNode rules = JsonNodeFactory.instance.arrayNode();
    for (Rule rule : definition.rules()) {
      ObjectNode r = rules.addObject();
      r.put("effect", rule.effect().name());
      r.put("target", rule.target());
      r.set("condition", rule.condition());
      if (definition.sections().containsKey(rule.target())) {
        ArrayNode fields = r.putArray("fields");
        definition.sections().get(rule.target()).fields().forEach(f -> fields.add(f.field()));
      }
    }
    return Json.write(rules);
  }
}

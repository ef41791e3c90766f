package org.foyer.forms.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.foyer.forms.definition.FieldUi;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.Page;
import org.foyer.forms.definition.Section;
import org.foyer.forms.definition.Widget;

/**
 * The built-in layout's static markup for one definition in one language, prepared once: page and
 * section headings, field plans, the rules JSON and the interface texts, all escaped. Plans are
 * keyed by content hash and language, so an edited definition gets a new plan.
 */
final class FormPlan {

  private static final Map<String, FormPlan> PLANS = new ConcurrentHashMap<>();

  record SectionPlan(
      String id, String idHtml, String targetHtml, String titleHtml, List<FieldPlan> fields) {}

  record PagePlan(
      String idHtml, String headingIdHtml, String titleHtml, List<SectionPlan> sections) {}

  final String formIdHtml;
  final String rulesJsonHtml;
  final boolean multipart;
  final String firstFieldId;
  final Map<String, String> textsHtml;
  final List<PagePlan> pages;

  private FormPlan(FormDefinition definition, Locale locale) {
    Map<String, Object> texts = UiTexts.forLocale(locale);
    Map<String, String> escaped = new HashMap<>();
    texts.forEach((key, value) -> escaped.put(key, Html.escape((String) value)));
    this.textsHtml = Map.copyOf(escaped);
    this.formIdHtml = Html.escape(definition.id());
    this.rulesJsonHtml = Html.escape(FormModel.rulesJson(definition));
    this.firstFieldId = FormModel.firstFieldId(definition);
    String title = definition.title().text(locale);
    boolean anyFile = false;
    List<PagePlan> pagePlans = new ArrayList<>();
    for (Page page : definition.pages()) {
      List<SectionPlan> sections = new ArrayList<>();
      for (Section section : page.sections()) {
        List<FieldPlan> fields = new ArrayList<>();
        for (FieldUi field : section.fields()) {
          fields.add(
              new FieldPlan(
                  definition,
                  field,
                  definition.propertySchema(field.field()),
                  FieldViews.contains(definition.schemaView().path("required"), field.field()),
                  locale,
                  texts));
          anyFile |= field.widget() == Widget.FILE;
        }
        sections.add(
            new SectionPlan(
                section.id(),
                Html.escape("s-" + section.id()),
                Html.escape(section.id()),
                Html.escape(section.title().text(locale)),
                List.copyOf(fields)));
      }
      String pageTitle = page.title().text(locale);
      pagePlans.add(
          new PagePlan(
              Html.escape("p-" + page.id()),
              Html.escape("p-" + page.id() + "-title"),
              Html.escape(pageTitle.isEmpty() ? title : pageTitle),
              List.copyOf(sections)));
    }
    this.multipart = anyFile;
    this.pages = List.copyOf(pagePlans);
  }

  static FormPlan of(FormDefinition definition, Locale locale) {
    String key = definition.sha256() + "/" + locale.getLanguage();
    FormPlan plan = PLANS.get(key);
    if (plan == null) {
      if (PLANS.size() > 1_000) {
        PLANS.clear();
      }
      plan = new FormPlan(definition, locale);
      PLANS.put(key, plan);
    }
    return plan;
  }

  String text(String key) {
    return textsHtml.get(key);
  }
}

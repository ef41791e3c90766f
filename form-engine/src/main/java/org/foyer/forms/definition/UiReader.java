package org.foyer.forms.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.foyer.forms.definition.layout.FieldOption;
import org.foyer.forms.definition.layout.FieldUi;
import org.foyer.forms.definition.layout.LocalizedText;
import org.foyer.forms.definition.layout.Page;
import org.foyer.forms.definition.layout.Section;
import org.foyer.forms.definition.layout.SignedBy;
import org.foyer.forms.definition.layout.Widget;
import org.foyer.forms.definition.problems.DefinitionProblem;

/** Reads the "ui" part of a definition: pages, sections and fields in order. */
final class UiReader {

  static final int MAX_ROWS = 50;
  private final List<DefinitionProblem> problems;

  UiReader(List<DefinitionProblem> problems) {
    this.problems = problems;
  }

  List<Page> readPages(JsonNode ui) {
    List<Page> pages = new ArrayList<>();
    JsonNode pagesNode = ui == null ? null : ui.get("pages");
    if (pagesNode == null || !pagesNode.isArray() || pagesNode.isEmpty()) {
      problems.add(DefinitionProblem.at("/ui/pages", "at least one page is required"));
      return pages;
    }
    for (int p = 0; p < pagesNode.size(); p++) {
      String at = "/ui/pages/" + p;
      JsonNode page = pagesNode.get(p);
      String id = DefinitionReader.requiredId(page, "id", at + "/id", problems);
      LocalizedText title = Texts.read(page.get("title"), at + "/title", problems);
      List<Section> sections = new ArrayList<>();
      JsonNode sectionsNode = page.path("sections");
      if (!sectionsNode.isArray() || sectionsNode.isEmpty()) {
        problems.add(DefinitionProblem.at(at + "/sections", "at least one section is required"));
      } else {
        for (int s = 0; s < sectionsNode.size(); s++) {
          sections.add(readSection(sectionsNode.get(s), at + "/sections/" + s));
        }
      }
      pages.add(new Page(id, title, sections));
    }
    return pages;
  }

  private Section readSection(JsonNode node, String at) {
    String id = DefinitionReader.requiredId(node, "id", at + "/id", problems);
    LocalizedText title = Texts.read(node.get("title"), at + "/title", problems);
    return new Section(id, title, readFields(node.path("fields"), at + "/fields", true));
  }

  private List<FieldUi> readFields(JsonNode node, String at, boolean allowRepeat) {
    List<FieldUi> fields = new ArrayList<>();
    if (!node.isArray() || node.isEmpty()) {
      problems.add(DefinitionProblem.at(at, "at least one field is required"));
      return fields;
    }
    for (int f = 0; f < node.size(); f++) {
      readField(node.get(f), at + "/" + f, allowRepeat).ifPresent(fields::add);
    }
    return fields;
  }

  private Optional<FieldUi> readField(JsonNode node, String at, boolean allowRepeat) {
    String field = DefinitionReader.requiredId(node, "field", at + "/field", problems);
    String widgetName = node.path("widget").asText("");
    Optional<Widget> widget = Widget.byJsonName(widgetName);
    if (widget.isEmpty()) {
      problems.add(DefinitionProblem.at(at + "/widget", "unknown widget \"" + widgetName + "\""));
      return Optional.empty();
    }
    JsonNode readOnly = node.path("readOnly");
    if (!readOnly.isMissingNode() && !readOnly.isBoolean()) {
      problems.add(DefinitionProblem.at(at + "/readOnly", "must be true or false"));
    }
    List<FieldOption> options = readOptions(node.get("options"), at + "/options");
    List<FieldUi> columns = List.of();
    int rows = 0;
    if (widget.get() == Widget.REPEAT) {
      if (!allowRepeat) {
        problems.add(
            DefinitionProblem.at(at + "/widget", "a repeatable group cannot hold another group"));
        return Optional.empty();
      }
      columns = readFields(node.path("columns"), at + "/columns", false);
      rows = node.path("rows").asInt(1);
      if (rows < 1 || rows > MAX_ROWS) {
        problems.add(DefinitionProblem.at(at + "/rows", "must be between 1 and " + MAX_ROWS));
        rows = 1;
      }
    }
    SignedBy signedBy = signedBy(node.get("signer"), widget.get(), at + "/signer");
    return Optional.of(
        new FieldUi(
            field,
            widget.get(),
            Texts.read(node.get("label"), at + "/label", problems),
            Texts.read(node.get("help"), at + "/help", problems),
            Texts.read(node.get("placeholder"), at + "/placeholder", problems),
            readOnly.asBoolean(false),
            options,
            columns,
            rows,
            signedBy));
  }

  private SignedBy signedBy(JsonNode node, Widget widget, String at) {
    if (node == null) {
      return SignedBy.ANYONE;
    }
    if (widget != Widget.SIGNATURE) {
      problems.add(DefinitionProblem.at(at, "only a signature field says who signs it"));
      return SignedBy.ANYONE;
    }
    Optional<SignedBy> signedBy =
        node.isTextual() ? SignedBy.byJsonName(node.asText()) : Optional.empty();
    if (signedBy.isEmpty()) {
      problems.add(
          DefinitionProblem.at(
              at, "must be \"anyone\", \"self\", \"onBehalfOf\" or \"clinician\""));
      return SignedBy.ANYONE;
    }
    return signedBy.get();
  }

  private List<FieldOption> readOptions(JsonNode node, String at) {
    List<FieldOption> options = new ArrayList<>();
    if (node == null) {
      return options;
    }
    if (!node.isArray()) {
      problems.add(DefinitionProblem.at(at, "must be an array of {value, label}"));
      return options;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode option = node.get(i);
      JsonNode value = option.path("value");
      if (!value.isTextual() && !value.isIntegralNumber()) {
        problems.add(DefinitionProblem.at(at + "/" + i + "/value", "must be a string or integer"));
        continue;
      }
      options.add(
          new FieldOption(
              value.asText(), Texts.read(option.get("label"), at + "/" + i + "/label", problems)));
    }
    return options;
  }
}

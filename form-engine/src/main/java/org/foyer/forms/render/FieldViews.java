package org.foyer.forms.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.foyer.forms.definition.layout.FieldOption;
import org.foyer.forms.definition.layout.FieldUi;
import org.foyer.forms.definition.layout.SignedBy;
import org.foyer.forms.definition.layout.Widget;
import org.foyer.forms.definition.rules.ClientFact;
import org.foyer.forms.definition.rules.Prefill;

/**
 * Builds the inert view of one field: every attribute the template needs, computed here so the
 * template stays simple (and fast) and every key is always present (strict mode).
 */
final class FieldViews {

  private static final Map<ClientFact, String> AUTOCOMPLETE =
      Map.ofEntries(
          Map.entry(ClientFact.LEGAL_FIRST_NAME, "given-name"),
          Map.entry(ClientFact.LEGAL_LAST_NAME, "family-name"),
          Map.entry(ClientFact.PREFERRED_NAME, "nickname"),
          Map.entry(ClientFact.DATE_OF_BIRTH, "bday"),
          Map.entry(ClientFact.ADDRESS_LINE1, "address-line1"),
          Map.entry(ClientFact.ADDRESS_LINE2, "address-line2"),
          Map.entry(ClientFact.CITY, "address-level2"),
          Map.entry(ClientFact.REGION, "address-level1"),
          Map.entry(ClientFact.POSTAL_CODE, "postal-code"),
          Map.entry(ClientFact.COUNTRY, "country-name"),
          Map.entry(ClientFact.PHONE, "tel"),
          Map.entry(ClientFact.EMAIL, "email"));

  private final ViewContext ctx;
  private final RepeatViews repeats;

  FieldViews(ViewContext ctx) {
    this.ctx = ctx;
    this.repeats = new RepeatViews(ctx, this);
  }

  Map<String, Object> topLevel(FieldUi ui) {
    String name = ui.field();
    JsonNode schema = ctx.definition.propertySchema(name);
    boolean required =
        contains(ctx.definition.schemaView().path("required"), name)
            || ctx.outcome.isRequired(name);
    boolean readOnly =
        ui.readOnly() || ctx.state.locked().contains(name) || ctx.outcome.isDisabled(name);
    Map<String, Object> view =
        build(ui, schema, name, "/" + name, ctx.answer(name), required, readOnly);
    view.put("hidden", ctx.outcome.isHidden(name));
    view.put("locked", ctx.state.locked().contains(name));
    // The clinician countersigns on the staff side: the form shows where, and takes no input.
    view.put(
        "countersigned", ui.widget() == Widget.SIGNATURE && ui.signedBy() == SignedBy.CLINICIAN);
    if (ui.widget() == Widget.REPEAT) {
      repeats.addRows(view, ui, schema);
    }
    view.put("html", FieldHtml.of(view, ctx.texts));
    return view;
  }

  /** A field at any level: a top-level field or one cell of a repeatable group. */
  Map<String, Object> build(
      FieldUi ui,
      JsonNode schema,
      String inputName,
      String pointer,
      JsonNode answer,
      boolean required,
      boolean readOnly) {
    Map<String, Object> v = new HashMap<>(64);
    String id = ViewContext.id(inputName);
    String label = ui.label().text(ctx.locale);
    String help = ui.help().text(ctx.locale);
    String error = ctx.error(pointer);
    v.put("kind", kind(ui.widget()));
    v.put("id", id);
    v.put("name", inputName);
    v.put("target", ui.field());
    v.put("label", label.isEmpty() ? ui.field() : label);
    v.put("help", help);
    v.put("helpId", id + "-help");
    v.put("error", error);
    v.put("errorId", id + "-error");
    v.put("describedBy", describedBy(id, help, error));
    v.put("invalid", !error.isEmpty());
    v.put("required", required);
    // The label always says "(required)"; the attribute is added only where HTML permits it
    // (date inputs have no ARIA role that takes aria-required).
    v.put("ariaRequired", required && ui.widget() != Widget.DATE);
    v.put("hidden", false);
    v.put("locked", false);
    boolean textual =
        ui.widget() != Widget.SELECT && !ui.widget().isChoice() && ui.widget() != Widget.YES_NO;
    v.put("readonly", readOnly && textual);
    v.put("disabled", readOnly && !textual);
    v.put("inputType", inputType(ui.widget()));
    v.put("inputmode", inputMode(ui.widget(), schema));
    v.put("placeholder", hasPlaceholder(ui.widget()) ? ui.placeholder().text(ctx.locale) : "");
    v.put("maxlength", maxLength(ui.widget(), schema));
    v.put("autocomplete", autocomplete(ui));
    // A read-only or locked field shows the value the server kept, never what was posted for it.
    List<String> typed =
        readOnly ? null : ctx.typed(ui.widget().isBlobReference() ? inputName + ".ref" : inputName);
    v.put("value", typed != null && !typed.isEmpty() ? typed.get(0) : scalarText(answer));
    v.put(
        "options",
        options(ui, schema, id, selected(readOnly ? null : ctx.typed(inputName), answer)));
    v.put("rows", List.of());
    v.put("addLabel", "");
    v.put("canAdd", false);
    Blobs.add(v, ui, inputName, answer, ctx);
    v.put("attrs", Attributes.of(v));
    if (!error.isEmpty()) {
      ctx.errorTargets.put(pointer, firstInputId(v));
      ctx.errorLabels.put(pointer, (String) v.get("label"));
    }
    return v;
  }

  private static String firstInputId(Map<String, Object> view) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> options = (List<Map<String, Object>>) view.get("options");
    String kind = (String) view.get("kind");
    if ((kind.equals("radio") || kind.equals("checkbox")) && !options.isEmpty()) {
      return (String) options.get(0).get("id");
    }
    return (String) view.get("id");
  }

  static String kind(Widget widget) {
    return switch (widget) {
      case LONG_TEXT -> "textarea";
      case SELECT -> "select";
      case RADIO, LIKERT, YES_NO -> "radio";
      case CHECKBOXES -> "checkbox";
      case REPEAT -> "repeat";
      case INFO -> "info";
      case SIGNATURE -> "signature";
      case FILE -> "file";
      default -> "input";
    };
  }

  static String inputType(Widget widget) {
    return switch (widget) {
      case EMAIL -> "email";
      case PHONE -> "tel";
      case DATE -> "date";
      case RADIO, LIKERT, YES_NO -> "radio";
      case CHECKBOXES -> "checkbox";
      default -> "text";
    };
  }

  /** Numbers use a text input with a numeric keyboard so "four" can be shown back as typed. */
  static String inputMode(Widget widget, JsonNode schema) {
    if (widget != Widget.NUMBER) {
      return "";
    }
    return "integer".equals(schema.path("type").asText()) ? "numeric" : "decimal";
  }

  static boolean hasPlaceholder(Widget widget) {
    return switch (widget) {
      case SHORT_TEXT, LONG_TEXT, EMAIL, PHONE, NUMBER, INITIALS -> true;
      default -> false;
    };
  }

  static String maxLength(Widget widget, JsonNode schema) {
    JsonNode max = schema.get("maxLength");
    boolean applies =
        switch (widget) {
          case SHORT_TEXT, LONG_TEXT, EMAIL, PHONE, INITIALS -> true;
          default -> false;
        };
    return applies && max != null && max.canConvertToInt() ? max.asText() : "";
  }

  private String autocomplete(FieldUi ui) {
    return autocomplete(ctx.definition, ui);
  }

  static String autocomplete(org.foyer.forms.definition.FormDefinition definition, FieldUi ui) {
    Prefill prefill = definition.populate().get(ui.field());
    String token = prefill == null ? null : AUTOCOMPLETE.get(prefill.fact());
    return token == null ? "" : token;
  }

  private static String describedBy(String id, String help, String error) {
    if (help.isEmpty()) {
      return error.isEmpty() ? "" : id + "-error";
    }
    return error.isEmpty() ? id + "-help" : id + "-help " + id + "-error";
  }

  static String scalarText(JsonNode answer) {
    if (answer == null || answer.isMissingNode() || answer.isNull() || answer.isContainerNode()) {
      return "";
    }
    return answer.isBigDecimal() ? answer.decimalValue().toPlainString() : answer.asText();
  }

  static Set<String> selected(List<String> typed, JsonNode answer) {
    Set<String> selected = new HashSet<>();
    if (typed != null) {
      selected.addAll(typed);
    } else if (answer != null && answer.isArray()) {
      answer.forEach(a -> selected.add(a.asText()));
    } else if (answer != null && answer.isValueNode()) {
      selected.add(answer.asText());
    }
    return selected;
  }

  private List<Object> options(FieldUi ui, JsonNode schema, String id, Set<String> selected) {
    if (!ui.widget().isChoice() && ui.widget() != Widget.YES_NO) {
      return List.of();
    }
    List<String[]> values = choices(ui, schema, ctx.locale, ctx.texts);
    List<Object> options = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      Map<String, Object> option = new HashMap<>(8);
      option.put("id", id + "-" + i);
      option.put("value", values.get(i)[0]);
      option.put("label", values.get(i)[1]);
      option.put("checked", selected.contains(values.get(i)[0]));
      options.add(option);
    }
    return options;
  }

  /** Value and label of each option a choice or yes/no field offers, in order. */
  static List<String[]> choices(
      FieldUi ui, JsonNode schema, Locale locale, Map<String, Object> texts) {
    List<String[]> values = new ArrayList<>();
    Map<String, String> labels = new HashMap<>();
    for (FieldOption option : ui.options()) {
      labels.put(option.value(), option.label().text(locale));
    }
    switch (ui.widget()) {
      case YES_NO -> {
        values.add(new String[] {"true", (String) texts.get("yes")});
        values.add(new String[] {"false", (String) texts.get("no")});
      }
      case LIKERT -> {
        for (int i = schema.path("minimum").asInt(); i <= schema.path("maximum").asInt(); i++) {
          String value = Integer.toString(i);
          String label = labels.get(value);
          values.add(new String[] {value, label == null ? value : value + " " + label});
        }
      }
      default -> {
        JsonNode choices =
            ui.widget() == Widget.CHECKBOXES
                ? schema.path("items").path("enum")
                : schema.path("enum");
        for (JsonNode choice : choices) {
          values.add(
              new String[] {
                choice.asText(), labels.getOrDefault(choice.asText(), choice.asText())
              });
        }
      }
    }
    return values;
  }

  static boolean contains(JsonNode array, String value) {
    for (JsonNode item : array) {
      if (item.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }
}

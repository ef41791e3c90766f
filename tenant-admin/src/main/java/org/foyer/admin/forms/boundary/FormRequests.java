package org.foyer.admin.forms.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.foyer.admin.forms.control.BlueprintField;
import org.foyer.admin.forms.control.FormBlueprint;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.forms.definition.FormKind;
import org.foyer.forms.definition.layout.SignedBy;
import org.foyer.forms.definition.layout.Widget;
import org.foyer.forms.definition.rules.ClientFact;

/**
 * The API's request bodies for forms, and their translation into the builder's model with a
 * per-field message for every name the engine does not know (widget, client fact, kind).
 */
public final class FormRequests {

  /** The most questions one form may have; far above any real intake form. */
  public static final int MAX_FIELDS = 200;

  private FormRequests() {}

  /** A form as the builder describes it. */
  public record BlueprintBody(String title, String kind, List<FieldBody> fields) {}

  /** One question; widget by the engine's JSON name (e.g. "short-text"). */
  public record FieldBody(
      String name,
      String widget,
      String label,
      boolean required,
      List<String> options,
      String prefill,
      ShowWhenBody showWhen,
      String signer) {}

  /** Show the question only while the answer to {@code field} equals {@code value}. */
  public record ShowWhenBody(String field, String value) {}

  /** Copy a form into a new one of this kind and title. */
  public record CopyBody(String kind, String title) {}

  public static FormBlueprint blueprint(BlueprintBody body) {
    if (body == null) {
      throw new InvalidInput("A form description is required");
    }
    List<FieldBody> fields = body.fields() == null ? List.of() : body.fields();
    if (fields.size() > MAX_FIELDS) {
      throw new InvalidInput(
          "A form has at most " + MAX_FIELDS + " questions",
          Map.of("fields", "has " + fields.size() + " questions"));
    }
    List<BlueprintField> converted = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      converted.add(field(fields.get(i), "fields/" + i));
    }
    return new FormBlueprint(body.title(), converted);
  }

  public static FormKind kind(String kind) {
    try {
      return FormKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("Unknown form kind", Map.of("kind", "must be INTAKE or DYNAMIC"));
    }
  }

  /** A malformed id cannot name anything, so it is simply not found. */
  public static UUID id(String id, String what) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFound(what);
    }
  }

  private static BlueprintField field(FieldBody body, String at) {
    if (body == null) {
      throw new InvalidInput("A question is empty", Map.of(at, "is empty"));
    }
    Widget widget =
        Widget.byJsonName(body.widget() == null ? "" : body.widget())
            .orElseThrow(
                () ->
                    new InvalidInput(
                        "Unknown widget", Map.of(at + "/widget", "is not a widget of the engine")));
    if (body.options() != null && body.options().size() > BlueprintField.MAX_OPTIONS) {
      throw new InvalidInput(
          "Too many options",
          Map.of(at + "/options", "at most " + BlueprintField.MAX_OPTIONS + " options"));
    }
    ClientFact fact = null;
    if (body.prefill() != null && !body.prefill().isBlank()) {
      try {
        fact = ClientFact.valueOf(body.prefill().strip());
      } catch (IllegalArgumentException e) {
        throw new InvalidInput(
            "Unknown client fact", Map.of(at + "/prefill", "is not a client fact"));
      }
    }
    BlueprintField.ShowWhen showWhen =
        body.showWhen() == null || body.showWhen().field() == null
            ? null
            : new BlueprintField.ShowWhen(
                body.showWhen().field(),
                body.showWhen().value() == null ? "" : body.showWhen().value());
    SignedBy signer = SignedBy.ANYONE;
    if (body.signer() != null && !body.signer().isBlank()) {
      signer =
          SignedBy.byJsonName(body.signer().strip())
              .orElseThrow(
                  () ->
                      new InvalidInput(
                          "Unknown signer",
                          Map.of(at + "/signer", "must be anyone, self, onBehalfOf or clinician")));
    }
    return new BlueprintField(
        body.name(), widget, body.label(), body.required(), body.options(), fact, showWhen, signer);
  }
}

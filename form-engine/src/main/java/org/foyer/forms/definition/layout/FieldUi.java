package org.foyer.forms.definition.layout;

import java.util.List;
import java.util.Objects;

/**
 * The presentation of one field. {@code field} names a property of the data schema (for a
 * repeatable group's columns, a property of the array's items); for INFO it is only an id. {@code
 * rows} is how many rows a repeatable group shows before the client adds more. {@code signedBy}
 * says who may sign a signature field.
 */
public record FieldUi(
    String field,
    Widget widget,
    LocalizedText label,
    LocalizedText help,
    LocalizedText placeholder,
    boolean readOnly,
    List<FieldOption> options,
    List<FieldUi> columns,
    int rows,
    SignedBy signedBy) {

  public FieldUi {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(widget, "widget");
    label = label == null ? LocalizedText.EMPTY : label;
    help = help == null ? LocalizedText.EMPTY : help;
    placeholder = placeholder == null ? LocalizedText.EMPTY : placeholder;
    options = options == null ? List.of() : List.copyOf(options);
    columns = columns == null ? List.of() : List.copyOf(columns);
    signedBy = signedBy == null ? SignedBy.ANYONE : signedBy;
  }

  public static FieldUi simple(String field, Widget widget, String label) {
    return new FieldUi(
        field, widget, LocalizedText.plain(label), null, null, false, null, null, 0, null);
  }
}

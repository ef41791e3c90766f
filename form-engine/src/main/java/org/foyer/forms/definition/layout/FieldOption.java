package org.foyer.forms.definition.layout;

import java.util.Objects;

/** One choice of a radio, select, checkbox or Likert field: the stored value and its label. */
public record FieldOption(String value, LocalizedText label) {
  public FieldOption {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(label, "label");
  }
}

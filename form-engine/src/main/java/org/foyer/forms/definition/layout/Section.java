package org.foyer.forms.definition.layout;

import java.util.List;
import java.util.Objects;

/** A titled group of fields on a page; rules may show, hide or disable it as a whole. */
public record Section(String id, LocalizedText title, List<FieldUi> fields) {
  public Section {
    Objects.requireNonNull(id, "id");
    title = title == null ? LocalizedText.EMPTY : title;
    fields = List.copyOf(fields);
  }
}

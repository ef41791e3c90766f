package org.foyer.forms.definition.layout;

import java.util.List;
import java.util.Objects;

/** An ordered step of a form. */
public record Page(String id, LocalizedText title, List<Section> sections) {
  public Page {
    Objects.requireNonNull(id, "id");
    title = title == null ? LocalizedText.EMPTY : title;
    sections = List.copyOf(sections);
  }
}

package org.foyer.templates;

import java.util.List;
import java.util.Objects;
import org.foyer.forms.definition.LocalizedText;

/**
 * A pack's {@code manifest.json}: who made it, its version and licence, the engine versions it
 * works with, the languages it ships, and the paths of its forms, layouts and message bundles.
 */
public record PackManifest(
    String id,
    LocalizedText name,
    LocalizedText description,
    String vendor,
    String version,
    String licence,
    String engineRange,
    List<String> locales,
    List<String> forms,
    List<String> layouts,
    String messages) {

  public PackManifest {
    Objects.requireNonNull(id, "id");
    locales = List.copyOf(locales);
    forms = List.copyOf(forms);
    layouts = List.copyOf(layouts);
  }
}

package org.foyer.templates;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.render.FormRenderer;

/**
 * A checked pack: its manifest, its form definitions, its Velocity layouts by path and its message
 * bundles by language. Everything in it has passed {@link PackReader}.
 */
public record TemplatePack(
    PackManifest manifest,
    List<FormDefinition> forms,
    Map<String, String> layouts,
    Map<String, Map<String, String>> messages) {

  public TemplatePack {
    forms = List.copyOf(forms);
    layouts = Map.copyOf(layouts);
    messages = Map.copyOf(messages);
  }

  public Optional<FormDefinition> findForm(String id) {
    return forms.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** A renderer that knows this pack's layouts beside the engine's built-in ones. */
  public FormRenderer renderer() {
    return new FormRenderer(layouts);
  }
}

package org.foyer.forms.pack;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.render.FormRenderer;

/**
 * A validated pack: its manifest, its form definitions, its message bundles (language to key/text)
 * and a renderer holding its layouts, compiled in the sandbox.
 */
public record TemplatePack(
    PackManifest manifest,
    List<FormDefinition> forms,
    Map<String, Map<String, String>> messages,
    FormRenderer renderer) {

  public TemplatePack {
    forms = List.copyOf(forms);
    messages = Map.copyOf(messages);
  }

  public Optional<FormDefinition> findForm(String id) {
    return forms.stream().filter(f -> f.id().equals(id)).findFirst();
  }
}

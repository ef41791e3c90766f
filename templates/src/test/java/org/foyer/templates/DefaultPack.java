package org.foyer.templates;

import java.util.List;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.pack.TemplatePack;

/** The default pack as the engine validated it, loaded once for all tests. */
final class DefaultPack {

  static final TemplatePack PACK = DefaultTemplatePack.load();

  private DefaultPack() {}

  static List<FormDefinition> forms() {
    return PACK.forms();
  }

  static FormDefinition form(String id) {
    return PACK.findForm(id)
        .orElseThrow(() -> new IllegalArgumentException("The default pack has no form " + id));
  }
}

package org.foyer.admin.packs;

import java.util.List;

/** A pack as the packs page and API list it, with its forms. */
public record PackSummary(
    String packKey,
    String name,
    String vendor,
    String version,
    String licence,
    boolean builtIn,
    List<PackForm> forms) {

  public PackSummary {
    forms = List.copyOf(forms);
  }

  /** One form of a pack, as an intake packet item names it. */
  public record PackForm(String packKey, String formKey, int version, String title, String kind) {}
}

package org.foyer.admin.packs;

import java.util.List;

/** A pack as the API lists it: its forms without repeating the pack's key on each. */
public record PackView(
    String packKey,
    String name,
    String vendor,
    String version,
    String licence,
    boolean builtIn,
    List<Form> forms) {

  /** One form of the pack. */
  public record Form(String formKey, int version, String title, String kind) {}

  static PackView of(PackSummary pack) {
    return new PackView(
        pack.packKey(),
        pack.name(),
        pack.vendor(),
        pack.version(),
        pack.licence(),
        pack.builtIn(),
        pack.forms().stream()
            .map(f -> new Form(f.formKey(), f.version(), f.title(), f.kind()))
            .toList());
  }
}

package org.foyer.templates;

import java.util.List;
import org.foyer.forms.pack.PackFiles;
import org.foyer.forms.pack.TemplatePack;
import org.foyer.forms.pack.TemplatePackProvider;
import org.foyer.forms.pack.TemplatePacks;

/**
 * Contributes the default intake pack through the engine's {@link TemplatePackProvider} SPI. The
 * pack itself is data under {@link #ROOT} (manifest, forms, message bundles), validated by the
 * engine exactly like a vendor's upload: this class only lists the files, because a class path
 * cannot be listed portably.
 */
public final class DefaultTemplatePack implements TemplatePackProvider {

  /** The pack's id in its manifest. */
  public static final String ID = "foyer-default";

  /** Where the pack's files live on the class path. */
  public static final String ROOT = "org/foyer/templates/default";

  /** Every file of the pack; a test checks this against the folder so none is forgotten. */
  public static final List<String> FILES =
      List.of(
          "manifest.json",
          "messages_en.properties",
          "messages_es.properties",
          "forms/client-information.json",
          "forms/informed-consent.json",
          "forms/privacy-notice-acknowledgment.json",
          "forms/release-of-information.json",
          "forms/financial-policy.json",
          "forms/insurance-information.json",
          "forms/telehealth-consent.json",
          "forms/minor-consent.json",
          "forms/health-history.json",
          "forms/phq-9.json",
          "forms/gad-7.json",
          "forms/electronic-records-consent.json");

  /** Public and argument-free for {@link java.util.ServiceLoader}. */
  public DefaultTemplatePack() {}

  @Override
  public PackFiles files() {
    return PackFiles.fromClasspath(DefaultTemplatePack.class.getClassLoader(), ROOT, FILES);
  }

  /** The pack validated by the engine, without installing it anywhere. */
  public static TemplatePack load() {
    return new TemplatePacks().check(new DefaultTemplatePack().files());
  }
}

package org.foyer.templates;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.foyer.forms.definition.FormDefinition;

/**
 * The default intake pack, read from this jar's resources. The pack is data (manifest, forms and
 * messages under {@link #ROOT}); this class only finds and checks it, through the same {@link
 * PackReader} a vendor's folder or zip goes through, so the default pack earns no privileges.
 */
public final class DefaultTemplatePack {

  /** Where the pack's files live on the class path. */
  public static final String ROOT = "org/foyer/templates/default/";

  public static final String ID = "foyer-default";

  private static final TemplatePack PACK =
      new PackReader().read(PackSource.classpath(DefaultTemplatePack.class.getClassLoader(), ROOT));

  private DefaultTemplatePack() {}

  /** The checked pack; reading happens once per class loader. */
  public static TemplatePack pack() {
    return PACK;
  }

  public static List<FormDefinition> forms() {
    return PACK.forms();
  }

  public static Optional<FormDefinition> findForm(String id) {
    return PACK.findForm(id);
  }

  /** The form with this id, or {@link IllegalArgumentException} naming the missing id. */
  public static FormDefinition getForm(String id) {
    return findForm(id)
        .orElseThrow(() -> new IllegalArgumentException("The default pack has no form " + id));
  }

  /** The pack's own texts (name, description, form summaries) in a language it ships. */
  public static ResourceBundle messages(Locale locale) {
    return ResourceBundle.getBundle(
        ROOT.replace('/', '.') + "messages",
        locale,
        DefaultTemplatePack.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}

package org.foyer.forms.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.rules.RuleOutcome;

/**
 * Renders a form as an HTML fragment (a {@code <form>} for the platform's page) or a whole page.
 * The built-in layout is used unless the definition names one of its pack's layouts, which then
 * runs in the same sandbox and sees the same model.
 */
public final class FormRenderer {

  static final String FORM = "foyer/form.vm";
  static final String PAGE = "foyer/page.vm";
  private static final Map<String, String> BUILT_IN = loadBuiltIns();

  private final SandboxedVelocity velocity;

  /** A renderer with only the built-in layouts. */
  public FormRenderer() {
    this(Map.of());
  }

  /** A renderer for one pack: its layouts (by path in the pack) beside the built-in ones. */
  public FormRenderer(Map<String, String> packLayouts) {
    Map<String, String> templates = new HashMap<>(packLayouts);
    templates.putAll(BUILT_IN);
    this.velocity = new SandboxedVelocity(templates);
  }

  public String renderFragment(
      FormDefinition definition,
      RuleOutcome outcome,
      FormState state,
      Locale locale,
      RenderOptions options) {
    Map<String, Object> model = FormModel.build(definition, outcome, state, locale, options);
    return velocity.renderChecked(definition.layout().orElse(FORM), model);
  }

  public String renderPage(
      FormDefinition definition,
      RuleOutcome outcome,
      FormState state,
      Locale locale,
      RenderOptions options) {
    Map<String, Object> model =
        new HashMap<>(FormModel.build(definition, outcome, state, locale, options));
    model.put(
        "body", SafeHtml.trusted(velocity.renderChecked(definition.layout().orElse(FORM), model)));
    return velocity.renderChecked(PAGE, model);
  }

  /** Renders any template of this renderer with an inert model (used for PDF layouts). */
  public String renderTemplate(String name, Map<String, Object> model) {
    return velocity.render(name, model);
  }

  private static Map<String, String> loadBuiltIns() {
    Map<String, String> templates = new HashMap<>();
    for (String name : new String[] {FORM, PAGE, "foyer/pdf.vm"}) {
      templates.put(name, resource("/org/foyer/forms/render/" + name.substring(6)));
    }
    return Map.copyOf(templates);
  }

  static String resource(String path) {
    try (InputStream in = FormRenderer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing engine resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.foyer.forms.render;

import java.util.Map;
import java.util.Objects;

/**
 * Page-level settings from the platform: where the form posts, hidden inputs to include (the CSRF
 * token), and the URLs of the engine's script and stylesheet as the platform serves them (empty to
 * leave them out; the form works without either).
 */
public record RenderOptions(
    String action, Map<String, String> hiddenInputs, String scriptUrl, String stylesheetUrl) {

  public static final RenderOptions DEFAULT = new RenderOptions("", Map.of(), "", "");

  public RenderOptions {
    Objects.requireNonNull(action, "action");
    hiddenInputs = Map.copyOf(hiddenInputs);
    scriptUrl = scriptUrl == null ? "" : scriptUrl;
    stylesheetUrl = stylesheetUrl == null ? "" : stylesheetUrl;
  }

  public RenderOptions withAction(String newAction) {
    return new RenderOptions(newAction, hiddenInputs, scriptUrl, stylesheetUrl);
  }

  public RenderOptions withHiddenInputs(Map<String, String> inputs) {
    return new RenderOptions(action, inputs, scriptUrl, stylesheetUrl);
  }

  public RenderOptions withScript(String url) {
    return new RenderOptions(action, hiddenInputs, url, stylesheetUrl);
  }
}

package org.foyer.forms.render;

import java.util.Map;
import java.util.Objects;

/**
 * Page-level settings from the platform: where the form posts, hidden inputs to include (the CSRF
 * token), the URLs of the engine's script ({@code /foyer-forms/foyer-forms.js} inside this jar's
 * {@code META-INF/resources}) and of a stylesheet as the platform serves them, and the URL the
 * script posts a drawn signature to. Empty strings leave them out; the form works without.
 */
public record RenderOptions(
    String action,
    Map<String, String> hiddenInputs,
    String scriptUrl,
    String stylesheetUrl,
    String signatureUploadUrl) {

  public static final RenderOptions DEFAULT = new RenderOptions("", Map.of(), "", "", "");

  public RenderOptions {
    Objects.requireNonNull(action, "action");
    hiddenInputs = Map.copyOf(hiddenInputs);
    scriptUrl = scriptUrl == null ? "" : scriptUrl;
    stylesheetUrl = stylesheetUrl == null ? "" : stylesheetUrl;
    signatureUploadUrl = signatureUploadUrl == null ? "" : signatureUploadUrl;
  }

  public RenderOptions withAction(String url) {
    return new RenderOptions(url, hiddenInputs, scriptUrl, stylesheetUrl, signatureUploadUrl);
  }

  public RenderOptions withHiddenInputs(Map<String, String> inputs) {
    return new RenderOptions(action, inputs, scriptUrl, stylesheetUrl, signatureUploadUrl);
  }

  public RenderOptions withScript(String url) {
    return new RenderOptions(action, hiddenInputs, url, stylesheetUrl, signatureUploadUrl);
  }

  public RenderOptions withStylesheet(String url) {
    return new RenderOptions(action, hiddenInputs, scriptUrl, url, signatureUploadUrl);
  }

  public RenderOptions withSignatureUpload(String url) {
    return new RenderOptions(action, hiddenInputs, scriptUrl, stylesheetUrl, url);
  }
}

package org.foyer.core.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.text.ControlText;

/**
 * Refuses text with a NUL or other control character ({@link ControlText}: all but tab, newline and
 * CR) anywhere it comes into the API (address, query, JSON or form body) as invalid input, a 400,
 * before a resource sees it: PostgreSQL cannot store NUL in text and would fail the request as a
 * server error. Binary bodies (images, PDFs) are not text and pass. Bodies are small here: {@link
 * org.foyer.core.web.guard.RequestSizeLimit} bounds them before JAX-RS reads them.
 */
@Provider
@PreMatching
public class ControlCharacters implements ContainerRequestFilter {

  static final String MESSAGE =
      "Text may not contain the NUL character (\\u0000) or other control characters"
          + " (only tab, newline and carriage return are allowed)";

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (containsNul(request.getUriInfo().getPath(true))) {
      throw new InvalidInput(MESSAGE);
    }
    for (Map.Entry<String, List<String>> parameter :
        request.getUriInfo().getQueryParameters(true).entrySet()) {
      if (containsNul(parameter.getKey())
          || parameter.getValue().stream().anyMatch(ControlCharacters::containsNul)) {
        throw new InvalidInput(MESSAGE, Map.of(parameter.getKey(), MESSAGE));
      }
    }
    MediaType type = request.getMediaType();
    if (!request.hasEntity() || type == null || !isText(type)) {
      return;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    String text = new String(body, StandardCharsets.UTF_8);
    boolean nul =
        type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
            ? containsNul(text) || hasEncodedControl(text)
            : containsNul(text) || hasEscapedNul(text);
    if (nul) {
      throw new InvalidInput(MESSAGE);
    }
  }

  private static boolean isText(MediaType type) {
    return type.getSubtype().endsWith("json")
        || type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
        || "text".equals(type.getType());
  }

  /**
   * A raw control character other than tab, newline or CR (the name is kept from NUL-only days).
   */
  static boolean containsNul(String text) {
    return ControlText.refused(text);
  }

  /** A percent-encoded control character other than tab, newline or CR in a form body. */
  static boolean hasEncodedControl(String form) {
    for (int i = 0; i + 2 < form.length(); i++) {
      if (form.charAt(i) == '%') {
        int value = hex(form, i + 1);
        if (value >= 0 && ControlText.refused((char) value)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A JSON string escape of a refused control character ({@code \u0000}, {@code \u0001}, {@code
   * \b}, {@code \f}...), but not an escaped backslash before the text "u0000".
   */
  static boolean hasEscapedNul(String json) {
    for (int i = 0; i < json.length() - 1; i++) {
      if (json.charAt(i) != '\\') {
        continue;
      }
      char escaped = json.charAt(i + 1);
      if (escaped == 'b' || escaped == 'f') {
        return true;
      }
      if (escaped == 'u' && i + 6 <= json.length() && json.startsWith("00", i + 2)) {
        int value = hex(json, i + 4);
        if (value >= 0 && ControlText.refused((char) value)) {
          return true;
        }
      }
      i++;
    }
    return false;
  }

  /** The two hex digits at {@code at} as a number, or -1 when they are not hex digits. */
  private static int hex(String text, int at) {
    int high = Character.digit(text.charAt(at), 16);
    int low = Character.digit(text.charAt(at + 1), 16);
    return high < 0 || low < 0 ? -1 : high * 16 + low;
  }
}

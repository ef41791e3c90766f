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
import java.util.Locale;
import java.util.Map;
import org.foyer.core.errors.InvalidInput;

/**
 * Refuses text with a NUL character anywhere it comes into the API (address, query, JSON or form
 * body) as invalid input, before a resource sees it: PostgreSQL cannot store NUL in text and would
 * fail the request as a server error. Binary bodies (images, PDFs) are not text and pass. Bodies
 * are small here: {@link org.foyer.core.web.RequestSizeLimit} bounds them before JAX-RS reads them.
 */
@Provider
@PreMatching
public class ControlCharacters implements ContainerRequestFilter {

  static final String MESSAGE = "Text may not contain the NUL character (\\u0000)";

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
            ? containsNul(text) || text.toLowerCase(Locale.ROOT).contains("%00")
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

  static boolean containsNul(String text) {
    return text != null && text.indexOf('\0') >= 0;
  }

  /** A JSON string escape of NUL ({@code \u0000}), but not an escaped backslash before "u0000". */
  static boolean hasEscapedNul(String json) {
    for (int i = 0; i < json.length() - 1; i++) {
      if (json.charAt(i) != '\\') {
        continue;
      }
      char escaped = json.charAt(i + 1);
      if (escaped == 'u' && i + 6 <= json.length() && json.substring(i + 2, i + 6).equals("0000")) {
        return true;
      }
      i++;
    }
    return false;
  }
}

package org.foyer.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes an RFC 9457 problem document outside JAX-RS (filters, authentication), in the same shape
 * the REST layer's exception mappers use.
 */
@ApplicationScoped
public class ProblemWriter {

  public static final String MEDIA_TYPE = "application/problem+json";

  public void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    write(response, status, "about:blank", title, detail);
  }

  /**
   * A problem of a named type, for refusals a client program should tell apart from others (such as
   * a consent that must be accepted first).
   */
  public void write(
      HttpServletResponse response, int status, String type, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .build()
                .toString());
  }
}

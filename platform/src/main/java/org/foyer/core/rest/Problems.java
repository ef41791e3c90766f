package org.foyer.core.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Builds problem+json responses; the single place their shape is defined for JAX-RS. */
final class Problems {

  static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  static Response of(int status, String title, String detail) {
    return of(status, title, detail, Map.of());
  }

  static Response of(int status, String title, String detail, Map<String, String> fieldErrors) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status)
            .add("detail", detail);
    if (!fieldErrors.isEmpty()) {
      JsonObjectBuilder errors = Json.createObjectBuilder();
      fieldErrors.forEach(errors::add);
      body.add("errors", errors);
    }
    return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
  }
}

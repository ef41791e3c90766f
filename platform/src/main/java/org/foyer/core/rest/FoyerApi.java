package org.foyer.core.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API, served under {@code /api} and described at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Foyer API",
            version = "0.1",
            description =
                "Practice-scoped resources live under /api/p/{slug}/; operator resources under"
                    + " /api/operator/ and need the operator token."))
public class FoyerApi extends Application {

  /**
   * Jersey's generated WADL would be public and name the framework's version; the API is described
   * by /openapi instead.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}

package org.foyer.core.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the database is and who connects to it. Either embedded (a PostgreSQL started from Maven
 * binaries with its files under {@code dataDirectory}) or external (the operator's server, with a
 * migration role that owns the schema and a separate application role that RLS binds).
 */
public record DatabaseSettings(
    Path dataDirectory,
    String url,
    String appUser,
    String appPassword,
    String ownerUser,
    String ownerPassword) {

  public static final String EMBEDDED_APP_ROLE = "foyer_app";
  public static final String EMBEDDED_OWNER_ROLE = "foyer_owner";

  public static DatabaseSettings embedded(Path dataDirectory) {
    return new DatabaseSettings(
        Objects.requireNonNull(dataDirectory),
        null,
        EMBEDDED_APP_ROLE,
        "",
        EMBEDDED_OWNER_ROLE,
        "");
  }

  public static DatabaseSettings external(
      String url, String appUser, String appPassword, String ownerUser, String ownerPassword) {
    return new DatabaseSettings(null, url, appUser, appPassword, ownerUser, ownerPassword);
  }

  public boolean isEmbedded() {
    return url == null;
  }
}

package org.foyer.core.runtime;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The settings of one Foyer instance, read through a lookup so that the launcher (environment and
 * system properties, before any container exists) and the application (MicroProfile Config) apply
 * the same names, defaults and rules. Names are {@code foyer.*}; as environment variables {@code
 * FOYER_*}.
 */
public record RuntimeSettings(
    RuntimeMode mode,
    int port,
    Path dataDirectory,
    Optional<String> databaseUrl,
    String databaseUser,
    String databasePassword,
    Optional<String> databaseOwnerUser,
    String databaseOwnerPassword,
    Optional<String> masterKey,
    boolean demo,
    Optional<String> operatorToken,
    boolean cluster,
    Optional<String> smtpHost,
    boolean smtpStartTls,
    Optional<String> publicUrl) {

  public static final String MODE = "foyer.mode";
  public static final String PORT = "foyer.port";
  public static final String DATA_DIR = "foyer.data.dir";
  public static final String DB_URL = "foyer.db.url";
  public static final String DB_USER = "foyer.db.user";
  public static final String DB_PASSWORD = "foyer.db.password";
  public static final String DB_OWNER_USER = "foyer.db.owner.user";
  public static final String DB_OWNER_PASSWORD = "foyer.db.owner.password";
  public static final String MASTER_KEY = "foyer.master.key";
  public static final String DEMO = "foyer.demo";
  public static final String OPERATOR_TOKEN = "foyer.operator.token";
  public static final String CLUSTER = "foyer.cluster";
  public static final String SMTP_HOST = "foyer.smtp.host";
  public static final String SMTP_STARTTLS = "foyer.smtp.starttls";
  public static final String PUBLIC_URL = "foyer.public.url";

  /** Reads every setting through the lookup, applying the documented defaults. */
  public static RuntimeSettings read(Function<String, Optional<String>> lookup) {
    RuntimeMode mode = mode(lookup.apply(MODE).orElse("development"));
    return new RuntimeSettings(
        mode,
        port(lookup.apply(PORT).orElse("8080")),
        Path.of(lookup.apply(DATA_DIR).orElse("data")),
        nonBlank(lookup.apply(DB_URL)),
        lookup.apply(DB_USER).orElse("foyer_app"),
        lookup.apply(DB_PASSWORD).orElse(""),
        nonBlank(lookup.apply(DB_OWNER_USER)),
        lookup.apply(DB_OWNER_PASSWORD).orElse(""),
        nonBlank(lookup.apply(MASTER_KEY)),
        Boolean.parseBoolean(
            lookup.apply(DEMO).orElse(mode == RuntimeMode.DEVELOPMENT ? "true" : "false")),
        nonBlank(lookup.apply(OPERATOR_TOKEN)),
        Boolean.parseBoolean(lookup.apply(CLUSTER).orElse("false")),
        nonBlank(lookup.apply(SMTP_HOST)),
        Boolean.parseBoolean(lookup.apply(SMTP_STARTTLS).orElse("true").strip()),
        nonBlank(lookup.apply(PUBLIC_URL)));
  }

  private static RuntimeMode mode(String value) {
    for (RuntimeMode mode : RuntimeMode.values()) {
      if (mode.name().equalsIgnoreCase(value.strip())) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        "FOYER_MODE is '"
            + value
            + "': it must be development or production (development when not set)");
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value.strip());
      if (port >= 1 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // answered below, with the same message as an out-of-range number
    }
    throw new IllegalArgumentException(
        "FOYER_PORT is '" + value + "': it must be a port number from 1 to 65535");
  }

  /** Looks a name up as a system property, then as its {@code FOYER_*} environment variable. */
  public static Optional<String> fromEnvironment(String name) {
    String property = System.getProperty(name);
    if (property != null) {
      return Optional.of(property);
    }
    return Optional.ofNullable(System.getenv(environmentName(name)));
  }

  /** {@code foyer.db.url} is {@code FOYER_DB_URL}, as MicroProfile Config maps it. */
  public static String environmentName(String name) {
    return name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  public boolean isProduction() {
    return mode == RuntimeMode.PRODUCTION;
  }

  private static Optional<String> nonBlank(Optional<String> value) {
    return value.filter(v -> !v.isBlank());
  }
}

package org.foyer.core.runtime;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Names every development default a production instance would otherwise run on. Checked by the
 * launcher before the server starts and again by the application, so neither path can skip it.
 */
public final class ProductionReadiness {

  static final int MASTER_KEY_BYTES = 32;
  static final int OPERATOR_TOKEN_MIN_LENGTH = 32;

  private ProductionReadiness() {}

  /** What is missing for production; empty in development or when all is set. */
  public static List<String> problems(RuntimeSettings settings) {
    List<String> problems = new ArrayList<>();
    if (!settings.isProduction()) {
      return problems;
    }
    if (settings.databaseUrl().isEmpty()) {
      problems.add(
          "FOYER_DB_URL is not set: production runs on an external PostgreSQL, not the embedded"
              + " development database");
    }
    if (settings.databaseUrl().isPresent() && settings.databaseOwnerUser().isEmpty()) {
      problems.add(
          "FOYER_DB_OWNER_USER is not set: migrations run as the role that owns the schema,"
              + " separate from the application role FOYER_DB_USER");
    }
    if (settings.masterKey().isEmpty()) {
      problems.add(
          "FOYER_MASTER_KEY is not set: production needs a configured key (32 random bytes,"
              + " base64), not a generated development key");
    } else if (!isValidMasterKey(settings.masterKey().get())) {
      problems.add("FOYER_MASTER_KEY must be 32 random bytes encoded in base64");
    }
    if (settings.demo()) {
      problems.add("FOYER_DEMO is true: production never seeds the demo practice");
    }
    if (settings.operatorToken().map(t -> t.length() < OPERATOR_TOKEN_MIN_LENGTH).orElse(false)) {
      problems.add(
          "FOYER_OPERATOR_TOKEN is shorter than "
              + OPERATOR_TOKEN_MIN_LENGTH
              + " characters: use a long random token");
    }
    if (settings.smtpHost().isEmpty()) {
      problems.add(
          "FOYER_SMTP_HOST is not set: production sends mail through an SMTP server, never the"
              + " development mail capture");
    }
    if (settings.databaseUrl().isPresent() && settings.databasePassword().isBlank()) {
      problems.add("FOYER_DB_PASSWORD is empty: the application role needs a password");
    }
    if (settings.databaseUrl().isPresent() && settings.databaseOwnerPassword().isBlank()) {
      problems.add("FOYER_DB_OWNER_PASSWORD is empty: the schema owner role needs a password");
    }
    if (settings.smtpHost().isPresent() && !settings.smtpStartTls()) {
      problems.add(
          "FOYER_SMTP_STARTTLS is false: production mail carries names and links, so it goes to"
              + " the SMTP server over STARTTLS only");
    }
    if (settings.publicUrl().isEmpty()) {
      problems.add(
          "FOYER_PUBLIC_URL is not set: links in mail would point at http://localhost:8080; set"
              + " the https address people reach this Foyer at");
    } else if (!settings.publicUrl().get().strip().startsWith("https://")) {
      problems.add(
          "FOYER_PUBLIC_URL is not an https address: links in production mail must be https");
    }
    return problems;
  }

  static boolean isValidMasterKey(String encoded) {
    try {
      return Base64.getDecoder().decode(encoded.strip()).length == MASTER_KEY_BYTES;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}

package org.foyer.core.mail.delivery;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.function.Function;
import org.foyer.core.runtime.RuntimeSettings;

/**
 * Mail configuration, read through a lookup like {@link RuntimeSettings} so tests and the container
 * apply the same names and defaults. Without {@code foyer.smtp.host} mail is captured (development
 * only). {@code foyer.public.url} is the address people reach Foyer at, for absolute links in mail;
 * it defaults to localhost on {@code foyer.port}.
 */
public record MailSettings(
    Optional<String> smtpHost,
    int smtpPort,
    Optional<String> smtpUsername,
    String smtpPassword,
    String from,
    boolean startTls,
    String publicUrl) {

  public static final String SMTP_HOST = RuntimeSettings.SMTP_HOST;
  public static final String SMTP_PORT = "foyer.smtp.port";
  public static final String SMTP_USERNAME = "foyer.smtp.username";
  public static final String SMTP_PASSWORD = "foyer.smtp.password";
  public static final String SMTP_FROM = "foyer.smtp.from";
  public static final String SMTP_STARTTLS = RuntimeSettings.SMTP_STARTTLS;
  public static final String PUBLIC_URL = RuntimeSettings.PUBLIC_URL;

  public MailSettings {
    if (smtpPort < 1 || smtpPort > 65_535) {
      throw new IllegalArgumentException("FOYER_SMTP_PORT must be 1 to 65535, not " + smtpPort);
    }
    publicUrl = checkedPublicUrl(publicUrl);
  }

  /** Reads every mail setting through the lookup, applying the documented defaults. */
  public static MailSettings read(Function<String, Optional<String>> lookup) {
    return new MailSettings(
        nonBlank(lookup.apply(SMTP_HOST)).map(String::strip),
        Integer.parseInt(lookup.apply(SMTP_PORT).orElse("587").strip()),
        nonBlank(lookup.apply(SMTP_USERNAME)),
        lookup.apply(SMTP_PASSWORD).orElse(""),
        nonBlank(lookup.apply(SMTP_FROM)).orElse("Foyer <no-reply@localhost>"),
        Boolean.parseBoolean(lookup.apply(SMTP_STARTTLS).orElse("true").strip()),
        lookup.apply(PUBLIC_URL).orElseGet(() -> localUrl(lookup)));
  }

  /**
   * Without a configured address, links point at this machine on the port Foyer listens on ({@code
   * FOYER_PORT}): a development instance on 9090 must not mail links to 8080.
   */
  private static String localUrl(Function<String, Optional<String>> lookup) {
    return "http://localhost:" + lookup.apply(RuntimeSettings.PORT).orElse("8080").strip();
  }

  /** Whether mail is captured instead of sent (no SMTP host configured). */
  public boolean captures() {
    return smtpHost.isEmpty();
  }

  /** An absolute link to a path of this Foyer ({@code /p/demo/...}). */
  public String link(String path) {
    if (path == null || !path.startsWith("/") || path.startsWith("//")) {
      throw new IllegalArgumentException("A link path starts with a single '/'");
    }
    return publicUrl + path;
  }

  private static String checkedPublicUrl(String value) {
    String url = value == null ? "" : value.strip();
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    try {
      URI uri = new URI(url);
      boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
        throw new IllegalArgumentException(
            "FOYER_PUBLIC_URL must be an http or https address such as https://portal.example.org");
      }
      return url;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "FOYER_PUBLIC_URL must be an http or https address such as https://portal.example.org",
          e);
    }
  }

  private static Optional<String> nonBlank(Optional<String> value) {
    return value.filter(v -> !v.isBlank());
  }
}

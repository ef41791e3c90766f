package org.foyer.core.runtime;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code java -jar foyer.jar create-practice ...}: the operator's command-line way to create a
 * practice with its first administrator. It calls the running instance's operator API with the
 * operator token, so the command line and the API share every rule and the audit trail.
 */
final class OperatorCommand {

  static final String CREATE_PRACTICE = "create-practice";
  private static final String USAGE =
      "Usage: FOYER_OPERATOR_TOKEN=... java -jar foyer.jar create-practice --slug SLUG --name NAME"
          + " --admin-email EMAIL --admin-name NAME [--time-zone ZONE] [--url http://localhost:8080]"
          + "\nThe administrator's password is read from the console, or from the first line of"
          + " standard input.";

  private OperatorCommand() {}

  static int run(String[] args) throws IOException, InterruptedException {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        System.err.println(USAGE);
        return 64;
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    String token = RuntimeSettings.fromEnvironment(RuntimeSettings.OPERATOR_TOKEN).orElse("");
    if (token.isBlank()
        || !options
            .keySet()
            .containsAll(java.util.List.of("slug", "name", "admin-email", "admin-name"))) {
      System.err.println(USAGE);
      return 64;
    }
    String password = readPassword();
    String body =
        "{"
            + field("slug", options.get("slug"))
            + ","
            + field("name", options.get("name"))
            + ","
            + field("timeZone", options.getOrDefault("time-zone", "America/New_York"))
            + ","
            + field("adminEmail", options.get("admin-email"))
            + ","
            + field("adminName", options.get("admin-name"))
            + ","
            + field("adminPassword", password)
            + "}";
    String base = options.getOrDefault("url", "http://localhost:8080");
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/operator/practices"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    System.out.println(response.body());
    return response.statusCode() == 201 ? 0 : 1;
  }

  private static String readPassword() throws IOException {
    Console console = System.console();
    if (console != null) {
      char[] typed = console.readPassword("Administrator's password: ");
      return typed == null ? "" : new String(typed);
    }
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line = in.readLine();
    return line == null ? "" : line;
  }

  private static String field(String name, String value) {
    StringBuilder escaped = new StringBuilder();
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> escaped.append("\\\"");
        case '\\' -> escaped.append("\\\\");
        default -> {
          if (c < 0x20) {
            escaped.append(String.format("\\u%04x", (int) c));
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return "\"" + name + "\":\"" + escaped + "\"";
  }
}

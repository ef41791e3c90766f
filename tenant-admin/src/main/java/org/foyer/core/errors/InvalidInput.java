package org.foyer.core.errors;

import java.util.Map;

/** Input that breaks a rule; {@link #fieldErrors()} names each offending field. */
public class InvalidInput extends BusinessException {

  private final Map<String, String> fieldErrors;

  public InvalidInput(String message) {
    this(message, Map.of());
  }

  public InvalidInput(String message, Map<String, String> fieldErrors) {
    super(message);
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  /** A REST resource's JSON body, refused when the request sent none (JSON-B then gives null). */
  public static <T> T requireBody(T body) {
    if (body == null) {
      throw new InvalidInput("The request needs a JSON body");
    }
    return body;
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }

  @Override
  public String title() {
    return "Invalid input";
  }
}

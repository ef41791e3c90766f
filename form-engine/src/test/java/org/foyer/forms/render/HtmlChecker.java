package org.foyer.forms.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.foyer.forms.json.Json;

/** The Nu HTML Checker, run in-process: returns its errors (not its informational notes). */
final class HtmlChecker {

  private HtmlChecker() {}

  static List<String> errors(String html) {
    try {
      EmbeddedValidator validator = new EmbeddedValidator();
      validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
      String out =
          validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
      List<String> errors = new ArrayList<>();
      for (JsonNode message : Json.parse(out).path("messages")) {
        String type = message.path("type").asText();
        String subType = message.path("subType").asText();
        boolean browserSupportNote =
            message.path("message").asText().contains("not supported in all browsers");
        if (type.equals("error")
            || type.equals("non-document-error")
            || (subType.equals("warning") && !browserSupportNote)) {
          errors.add(
              type
                  + "/"
                  + subType
                  + " line "
                  + message.path("lastLine").asText()
                  + ": "
                  + message.path("message").asText()
                  + " ["
                  + message.path("extract").asText()
                  + "]");
        }
      }
      return errors;
    } catch (Exception e) {
      throw new IllegalStateException("HTML checker failed", e);
    }
  }
}

package org.foyer.templates;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.foyer.forms.json.Json;

/** The Nu HTML Checker, in-process: its errors and warnings (not informational notes). */
final class HtmlChecker {

  private HtmlChecker() {}

  static List<String> problems(String html) {
    try {
      EmbeddedValidator validator = new EmbeddedValidator();
      validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
      String out =
          validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
      List<String> problems = new ArrayList<>();
      for (JsonNode message : Json.parse(out).path("messages")) {
        String type = message.path("type").asText();
        String subType = message.path("subType").asText();
        String text = message.path("message").asText();
        boolean browserSupportNote = text.contains("not supported in all browsers");
        if (type.equals("error")
            || type.equals("non-document-error")
            || (subType.equals("warning") && !browserSupportNote)) {
          problems.add(
              type
                  + " line "
                  + message.path("lastLine").asText()
                  + ": "
                  + text
                  + " ["
                  + message.path("extract").asText()
                  + "]");
        }
      }
      return problems;
    } catch (Exception e) {
      throw new IllegalStateException("HTML checker failed", e);
    }
  }
}

package org.foyer.forms.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.foyer.forms.definition.layout.LocalizedText;
import org.foyer.forms.definition.problems.DefinitionProblem;

/** Reads a localized text: either a plain string or an object of language tag to string. */
final class Texts {

  static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
  static final int MAX_LENGTH = 10_000;

  private Texts() {}

  static LocalizedText read(JsonNode node, String pointer, List<DefinitionProblem> problems) {
    if (node == null || node.isNull()) {
      return LocalizedText.EMPTY;
    }
    if (node.isTextual()) {
      checkLength(node.textValue(), pointer, problems);
      return LocalizedText.plain(node.textValue());
    }
    if (!node.isObject()) {
      problems.add(
          DefinitionProblem.at(pointer, "must be a string or an object of language to string"));
      return LocalizedText.EMPTY;
    }
    Map<String, String> texts = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String at = pointer + "/" + DefinitionReader.escape(e.getKey());
      if (!LANGUAGE.matcher(e.getKey()).matches()) {
        problems.add(DefinitionProblem.at(at, "is not a language tag like \"en\" or \"es\""));
      } else if (!e.getValue().isTextual()) {
        problems.add(DefinitionProblem.at(at, "must be a string"));
      } else {
        checkLength(e.getValue().textValue(), at, problems);
        texts.put(e.getKey(), e.getValue().textValue());
      }
    }
    return LocalizedText.of(texts);
  }

  private static void checkLength(String text, String pointer, List<DefinitionProblem> problems) {
    if (text.length() > MAX_LENGTH) {
      problems.add(DefinitionProblem.at(pointer, "is longer than " + MAX_LENGTH + " characters"));
    }
  }
}

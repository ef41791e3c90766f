package org.foyer.forms.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.foyer.forms.definition.problems.DefinitionProblem;

/**
 * Refuses schema keywords that could reach outside the definition: a {@code $ref} that is not a
 * local fragment, and a {@code $id} or {@code $dynamicRef} that would make one resolve elsewhere.
 * The schema loader refuses remote fetches too; this check gives the vendor a precise pointer.
 */
final class SchemaSafety {

  private SchemaSafety() {}

  static void check(JsonNode node, String pointer, List<DefinitionProblem> problems) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        check(node.get(i), pointer + "/" + i, problems);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String at = pointer + "/" + DefinitionReader.escape(e.getKey());
      String key = e.getKey();
      if (key.equals("$ref") && !e.getValue().asText().startsWith("#")) {
        problems.add(
            DefinitionProblem.at(at, "remote $ref is not allowed; use a local \"#/$defs/...\""));
      } else if (key.equals("$id") || key.equals("$dynamicRef") || key.equals("$recursiveRef")) {
        problems.add(DefinitionProblem.at(at, key + " is not allowed in form schemas"));
      } else if (!key.equals("enum") && !key.equals("const") && !key.equals("examples")) {
        check(e.getValue(), at, problems);
      }
    }
  }
}

package org.foyer.intake.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foyer.core.text.ControlText;
import org.foyer.forms.json.Json;

/**
 * A form post as the portal sends it (field name to values): the answers without the page's own
 * reserved fields, and what was typed kept as JSON so a draft comes back exactly as typed.
 */
public final class PostedAnswers {

  private PostedAnswers() {}

  /** The post without names starting with "_" (the page's token and action fields). */
  public static Map<String, List<String>> withoutReserved(Map<String, List<String>> post) {
    Map<String, List<String>> answers = new LinkedHashMap<>();
    post.forEach(
        (name, values) -> {
          if (!name.startsWith("_")) {
            answers.put(name, List.copyOf(values));
          }
        });
    return answers;
  }

  /** Leaves out what was posted for a signature field: another signer fills it, not this one. */
  public static void dropSignature(Map<String, List<String>> post, String field) {
    post.remove(field + ".typedName");
    post.remove(field + ".ref");
    post.remove(field + ".sha256");
  }

  /** The one value posted under the name, or "" when there is none or more than one. */
  public static String single(Map<String, List<String>> post, String name) {
    List<String> values = post.get(name);
    return values == null || values.size() != 1 || values.get(0) == null ? "" : values.get(0);
  }

  /**
   * What was typed, without the control characters that cannot be stored or shown (the engine
   * refuses them on their fields): the draft and the page shown again keep everything else.
   */
  public static Map<String, List<String>> storable(Map<String, List<String>> typed) {
    Map<String, List<String>> kept = new LinkedHashMap<>();
    typed.forEach(
        (name, values) ->
            kept.put(
                ControlText.without(name),
                values.stream().map(v -> v == null ? "" : ControlText.without(v)).toList()));
    return kept;
  }

  public static String typedJson(Map<String, List<String>> typed) {
    ObjectNode json = Json.object();
    storable(typed)
        .forEach(
            (name, values) -> {
              ArrayNode array = json.putArray(name);
              values.forEach(array::add);
            });
    return Json.write(json);
  }

  public static Map<String, List<String>> typedOf(String json) {
    Map<String, List<String>> typed = new LinkedHashMap<>();
    if (json != null) {
      JsonNode node = Json.parse(json);
      node.fields()
          .forEachRemaining(
              e -> {
                List<String> values = new ArrayList<>();
                e.getValue().forEach(v -> values.add(v.asText()));
                typed.put(e.getKey(), values);
              });
    }
    return typed;
  }
}

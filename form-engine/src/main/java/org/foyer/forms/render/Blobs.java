package org.foyer.forms.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.foyer.forms.definition.layout.FieldUi;

/** The extra view keys of signature and file fields: the parts of the blob reference. */
final class Blobs {

  private Blobs() {}

  static void add(
      Map<String, Object> view, FieldUi ui, String inputName, JsonNode answer, ViewContext ctx) {
    view.put("ref", part(ctx, inputName, answer, "ref"));
    view.put("sha256", part(ctx, inputName, answer, "sha256"));
    view.put("typedName", part(ctx, inputName, answer, "typedName"));
    view.put("fileName", part(ctx, inputName, answer, "name"));
    view.put("mediaType", part(ctx, inputName, answer, "mediaType"));
    view.put("intent", ui.help().text(ctx.locale));
  }

  private static String part(ViewContext ctx, String inputName, JsonNode answer, String part) {
    List<String> typed = ctx.typed(inputName + "." + part);
    if (typed != null && !typed.isEmpty()) {
      return typed.get(0);
    }
    return answer == null ? "" : answer.path(part).asText("");
  }
}

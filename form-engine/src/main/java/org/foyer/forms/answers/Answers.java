package org.foyer.forms.answers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.foyer.forms.json.CanonicalJson;
import org.foyer.forms.json.Json;

/**
 * An immutable answer document: a JSON object keyed by field name, shaped by the form's data
 * schema. Its hash over canonical JSON is what a signature covers.
 */
public final class Answers {

  public static final Answers EMPTY = new Answers(Json.object());

  private final ObjectNode document;

  private Answers(ObjectNode document) {
    this.document = document;
  }

  /** Copies the given document, so later changes to it do not leak in. */
  public static Answers of(ObjectNode document) {
    return new Answers(Objects.requireNonNull(document, "document").deepCopy());
  }

  /** Takes ownership of a document the caller built and will not touch again. */
  public static Answers adopt(ObjectNode document) {
    return new Answers(Objects.requireNonNull(document, "document"));
  }

  public static Answers parse(String json) {
    JsonNode node = Json.parse(json);
    if (!node.isObject()) {
      throw new IllegalArgumentException("An answer document is a JSON object");
    }
    return new Answers((ObjectNode) node);
  }

  /** The answer to a top-level field, or a missing node. */
  public JsonNode get(String field) {
    return document.path(field);
  }

  public boolean has(String field) {
    JsonNode v = document.get(field);
    return v != null && !v.isNull();
  }

  /** A copy of the whole document. */
  public ObjectNode json() {
    return document.deepCopy();
  }

  /** The document without copying, for engine code that only reads it. */
  public ObjectNode view() {
    return document;
  }

  public String sha256() {
    return CanonicalJson.sha256(document);
  }

  public String canonicalJson() {
    return CanonicalJson.write(document);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Answers other && document.equals(other.document);
  }

  @Override
  public int hashCode() {
    return document.hashCode();
  }

  @Override
  public String toString() {
    return Json.write(document);
  }
}

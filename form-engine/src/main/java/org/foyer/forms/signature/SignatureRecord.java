package org.foyer.forms.signature;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.foyer.forms.json.CanonicalJson;
import org.foyer.forms.json.Json;

/**
 * A sealed signature: the capture, the exact form version signed, and {@code documentSha256}, the
 * SHA-256 of the canonical answer document it covers (signature fields left out, so several people
 * can sign the same content). {@link #sha256()} seals the record itself.
 */
public record SignatureRecord(
    String formId,
    int formVersion,
    String formSha256,
    String field,
    String typedName,
    BlobRef image,
    BlobRef strokes,
    String intentStatement,
    String signer,
    String onBehalfOf,
    Instant signedAt,
    String ipAddress,
    String userAgent,
    String documentSha256) {

  public ObjectNode toJson() {
    ObjectNode json = Json.object();
    json.put("formId", formId);
    json.put("formVersion", formVersion);
    json.put("formSha256", formSha256);
    json.put("field", field);
    json.put("typedName", typedName);
    putBlob(json, "image", image);
    putBlob(json, "strokes", strokes);
    json.put("intentStatement", intentStatement);
    json.put("signer", signer);
    if (onBehalfOf != null) {
      json.put("onBehalfOf", onBehalfOf);
    }
    json.put("signedAt", signedAt.toString());
    json.put("ipAddress", ipAddress);
    json.put("userAgent", userAgent);
    json.put("documentSha256", documentSha256);
    return json;
  }

  /** SHA-256 of this record's canonical JSON, for the audit log. */
  public String sha256() {
    return CanonicalJson.sha256(toJson());
  }

  private static void putBlob(ObjectNode json, String name, BlobRef blob) {
    if (blob != null) {
      json.putObject(name)
          .put("ref", blob.ref())
          .put("sha256", blob.sha256())
          .put("mediaType", blob.mediaType());
    }
  }
}

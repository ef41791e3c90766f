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

  /** The record as stored and hashed; an absent blob or proxy is left out, not null. */
  public ObjectNode toJson() {
    return (ObjectNode) Json.tree(this);
  }

  /** SHA-256 of this record's canonical JSON, for the audit log. */
  public String sha256() {
    return CanonicalJson.sha256(toJson());
  }
}

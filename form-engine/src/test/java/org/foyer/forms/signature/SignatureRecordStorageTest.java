package org.foyer.forms.signature;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.List;
import org.foyer.forms.json.CanonicalJson;
import org.foyer.forms.json.Json;
import org.junit.jupiter.api.Test;

/**
 * Signature records are stored as JSON and hashed into the audit log, so their stored form must not
 * drift: a record written by an earlier version reads back equal and hashes the same.
 */
class SignatureRecordStorageTest {

  static final String SHA = "a".repeat(64);

  /** Exactly what the hand-written encoder of earlier versions produced for this record. */
  static final String EARLIER_FORM =
      "{\"formId\":\"consent\",\"formVersion\":3,\"formSha256\":\""
          + SHA
          + "\","
          + "\"field\":\"signature\",\"typedName\":\"Jo Rivera\","
          + "\"image\":{\"ref\":\"blob:1\",\"sha256\":\""
          + SHA
          + "\",\"mediaType\":\"image/png\"},"
          + "\"intentStatement\":\"I agree\",\"signer\":\"jo@example.org\","
          + "\"signedAt\":\"2026-12-03T10:15:30.123Z\",\"ipAddress\":\"203.0.113.9\","
          + "\"userAgent\":\"Phone\",\"documentSha256\":\""
          + SHA
          + "\"}";

  final SignatureRecord record =
      new SignatureRecord(
          "consent",
          3,
          SHA,
          "signature",
          "Jo Rivera",
          new BlobRef("blob:1", SHA, "image/png"),
          null,
          "I agree",
          "jo@example.org",
          null,
          Instant.parse("2026-12-03T10:15:30.123Z"),
          "203.0.113.9",
          "Phone",
          SHA);

  @Test
  void aStoredRecordHashesAsTheEarlierEncoderWroteIt() {
    assertThat(record.toJson()).isEqualTo(Json.parse(EARLIER_FORM));
    assertThat(record.sha256()).isEqualTo(CanonicalJson.sha256(Json.parse(EARLIER_FORM)));
  }

  @Test
  void rowsWrittenEarlierReadBackAsTheSameRecords() {
    List<SignatureRecord> read =
        Json.read("[" + EARLIER_FORM + "]", new TypeReference<List<SignatureRecord>>() {});

    assertThat(read).containsExactly(record);
    assertThat(Json.store(read)).isEqualTo(Json.write(Json.parse("[" + EARLIER_FORM + "]")));
  }
}

package org.foyer.forms.signature;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.layout.FieldUi;
import org.foyer.forms.definition.layout.Widget;
import org.foyer.forms.json.CanonicalJson;

/** Builds signature records. Validation of the answers themselves happens before signing. */
public final class Signer {

  public SignatureRecord sign(
      FormDefinition definition, Answers answers, SignatureCapture capture) {
    FieldUi field =
        definition
            .findField(capture.field())
            .filter(f -> f.widget() == Widget.SIGNATURE)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Form " + definition.id() + " has no signature field " + capture.field()));
    checkSigner(field, capture);
    return new SignatureRecord(
        definition.id(),
        definition.version(),
        definition.sha256(),
        field.field(),
        capture.typedName(),
        capture.image(),
        capture.strokes(),
        capture.intentStatement(),
        capture.signer(),
        capture.onBehalfOf(),
        capture.signedAt(),
        capture.ipAddress(),
        capture.userAgent(),
        documentSha256(definition, answers));
  }

  /**
   * Refuses a capture made by the wrong person: a field for a representative (a minor's consent,
   * signed by a parent or guardian) needs an on-behalf-of client, a field for the client personally
   * must not have one, and so must a clinician's countersignature: staff sign as themselves.
   */
  private static void checkSigner(FieldUi field, SignatureCapture capture) {
    switch (field.signedBy()) {
      case ON_BEHALF_OF -> {
        if (capture.onBehalfOf() == null) {
          throw new SignatureRefused(
              field.field(),
              "This signature must be given on the client's behalf by a parent, guardian or other"
                  + " authorised representative; the client cannot sign it themselves.");
        }
      }
      case SELF -> {
        if (capture.onBehalfOf() != null) {
          throw new SignatureRefused(
              field.field(),
              "This signature must be given by the client personally; it cannot be signed on"
                  + " their behalf.");
        }
      }
      case CLINICIAN -> {
        if (capture.onBehalfOf() != null) {
          throw new SignatureRefused(
              field.field(),
              "This is the clinician's countersignature; it is given by staff in their own name,"
                  + " not on the client's behalf.");
        }
      }
      case ANYONE -> {}
    }
  }

  /** SHA-256 of the canonical answers without signature fields: the content being signed. */
  public String documentSha256(FormDefinition definition, Answers answers) {
    ObjectNode content = answers.json();
    for (FieldUi field : definition.fields().values()) {
      if (field.widget() == Widget.SIGNATURE) {
        content.remove(field.field());
      }
    }
    return CanonicalJson.sha256(content);
  }

  /** True when the answers are still exactly what the record covers. */
  public boolean covers(SignatureRecord record, FormDefinition definition, Answers answers) {
    return record.formSha256().equals(definition.sha256())
        && record.documentSha256().equals(documentSha256(definition, answers));
  }
}

package org.foyer.messages.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.documents.control.DocumentVault;
import org.foyer.messages.entity.MessageDraft;

/**
 * Seals a draft's subject and body like a message's ({@link MessageSeal}), each bound to its draft
 * and part: a sealed body copied onto another draft, or into the subject, does not open.
 */
@ApplicationScoped
public class DraftSeal {

  private DocumentVault vault;

  protected DraftSeal() {}

  @Inject
  public DraftSeal(DocumentVault vault) {
    this.vault = vault;
  }

  /** Keeps the text in the draft, sealed; {@code subject} null for a reply. */
  public void keep(MessageDraft draft, String subject, String body, Instant at) {
    DocumentVault.Sealed sealedBody =
        vault.sealRecord(Tenancy.require(), context(draft, "body"), bytes(body));
    byte[] sealedSubject =
        subject == null
            ? null
            : vault
                .sealRecord(Tenancy.require(), context(draft, "subject"), bytes(subject))
                .bytes();
    // Both parts take the practice's current key; the draft names one. A key rotated between the
    // two calls would strand the subject, a risk a draft (saved again seconds later) can carry.
    draft.keep(sealedBody.keyId(), sealedSubject, sealedBody.bytes(), at);
  }

  public String body(MessageDraft draft) {
    return open(draft, "body", draft.bodySealed());
  }

  /** The subject of a new conversation's draft; null for a reply's. */
  public String subject(MessageDraft draft) {
    byte[] sealed = draft.subjectSealed();
    return sealed == null ? null : open(draft, "subject", sealed);
  }

  private String open(MessageDraft draft, String part, byte[] sealed) {
    return new String(
        vault.openRecord(Tenancy.require(), draft.keyId(), context(draft, part), sealed),
        StandardCharsets.UTF_8);
  }

  private static String context(MessageDraft draft, String part) {
    return "client " + draft.clientId() + " draft " + draft.id() + " " + part;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

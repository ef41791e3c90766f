package org.foyer.messages.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.documents.control.DocumentVault;
import org.foyer.messages.entity.Conversation;
import org.foyer.messages.entity.Message;

/**
 * Seals subjects and bodies with the practice's data key through General Documents' vault (one key
 * per practice, one way of sealing). Each is bound to its own row: a body copied onto another
 * message, or a subject onto another conversation, does not open.
 */
@ApplicationScoped
public class MessageSeal {

  private DocumentVault vault;

  protected MessageSeal() {}

  @Inject
  public MessageSeal(DocumentVault vault) {
    this.vault = vault;
  }

  public void sealSubject(Conversation conversation, String subject) {
    DocumentVault.Sealed sealed =
        vault.sealRecord(Tenancy.require(), subjectContext(conversation), bytes(subject));
    conversation.sealSubject(sealed.keyId(), sealed.bytes());
  }

  public String subject(Conversation conversation) {
    return subjects(List.of(conversation)).get(0);
  }

  /** The subjects of a page of conversations, in its order, with one lookup of the keys. */
  public List<String> subjects(List<Conversation> conversations) {
    return open(
        conversations.stream()
            .map(
                c ->
                    new DocumentVault.SealedRecord(c.keyId(), subjectContext(c), c.subjectSealed()))
            .toList());
  }

  public void sealBody(Message message, String body) {
    DocumentVault.Sealed sealed =
        vault.sealRecord(Tenancy.require(), bodyContext(message), bytes(body));
    message.sealBody(sealed.keyId(), sealed.bytes());
  }

  public String body(Message message) {
    return bodies(List.of(message)).get(0);
  }

  /** The bodies of a page of messages, in its order, with one lookup of the keys. */
  public List<String> bodies(List<Message> messages) {
    return open(
        messages.stream()
            .map(m -> new DocumentVault.SealedRecord(m.keyId(), bodyContext(m), m.bodySealed()))
            .toList());
  }

  private List<String> open(List<DocumentVault.SealedRecord> records) {
    return vault.openRecords(Tenancy.require(), records).stream().map(MessageSeal::text).toList();
  }

  private static String subjectContext(Conversation conversation) {
    return "conversation " + conversation.id() + " client " + conversation.clientId() + " subject";
  }

  private static String bodyContext(Message message) {
    return "conversation " + message.conversationId() + " message " + message.id() + " body";
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}

package org.foyer.messages.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.documents.control.DocumentVault;
import org.foyer.messages.entity.MessageAttachment;

/**
 * Seals attachments with the practice's data key through General Documents' vault, each bound to
 * its conversation, message and own id: bytes copied onto another attachment row do not open.
 */
@ApplicationScoped
public class AttachmentVault {

  private DocumentVault vault;

  protected AttachmentVault() {}

  @Inject
  public AttachmentVault(DocumentVault vault) {
    this.vault = vault;
  }

  public void seal(MessageAttachment attachment, byte[] content) {
    DocumentVault.Sealed sealed = vault.sealRecord(Tenancy.require(), context(attachment), content);
    attachment.seal(sealed.keyId(), sealed.bytes());
  }

  /**
   * @throws org.foyer.documents.control.DocumentUnreadable when the bytes were altered or moved
   */
  public byte[] open(MessageAttachment attachment) {
    return vault.openRecord(
        Tenancy.require(), attachment.keyId(), context(attachment), attachment.sealed());
  }

  private static String context(MessageAttachment attachment) {
    return "conversation "
        + attachment.conversationId()
        + " message "
        + attachment.messageId()
        + " attachment "
        + attachment.id()
        + " content";
  }
}

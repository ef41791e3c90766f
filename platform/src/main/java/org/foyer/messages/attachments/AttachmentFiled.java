package org.foyer.messages.attachments;

import java.util.UUID;

/**
 * Where an attachment was filed in the client's General Documents.
 *
 * @param documentId the General Document holding the copy
 * @param earlier it had been filed before, and this is that filing (no second copy was made)
 */
public record AttachmentFiled(
    UUID attachmentId, UUID documentId, String fileName, boolean earlier) {}

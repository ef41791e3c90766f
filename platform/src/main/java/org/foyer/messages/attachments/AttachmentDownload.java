package org.foyer.messages.attachments;

/** An attachment opened for download: its description and its verified plaintext. */
public record AttachmentDownload(AttachmentView attachment, byte[] content) {}

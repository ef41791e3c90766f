package org.foyer.messages.attachments;

import java.util.Locale;
import java.util.UUID;

/**
 * A file sent with a message, as a reader sees it (without its content).
 *
 * @param filed staff filed a copy into the client's General Documents
 */
public record AttachmentView(
    UUID id, String fileName, String contentType, long sizeBytes, boolean filed) {

  /** "PDF", "PNG image", "JPEG image": the type as people name it. */
  public String typeLabel() {
    return switch (contentType) {
      case "application/pdf" -> "PDF";
      case "image/png" -> "PNG image";
      case "image/jpeg" -> "JPEG image";
      default -> "File";
    };
  }

  /** "840 bytes", "12.5 KB", "3.2 MB". */
  public String sizeLabel() {
    if (sizeBytes < 1024) {
      return sizeBytes + " bytes";
    }
    if (sizeBytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", sizeBytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
  }
}

package org.foyer.messages.control;

import java.util.Map;
import org.foyer.core.errors.InvalidInput;
import org.foyer.documents.control.DocumentFiles;
import org.foyer.messages.entity.MessageAttachment;

/**
 * The rules a file meets before it goes with a message: General Documents' (PDF, PNG or JPEG by
 * content, never by name or declared type; not empty; at most 20 MiB), at most {@link
 * MessageAttachment#MAX_PER_MESSAGE} a message, each refusal naming the file it is about.
 */
public final class AttachmentChecks {

  /** The field refusals of files are reported for. */
  public static final String FIELD = DocumentFiles.FIELD;

  private AttachmentChecks() {}

  /** A file that passed, with its clean name and the type its content shows. */
  public record Checked(String fileName, String contentType, String sha256, byte[] content) {}

  public static void requireAtMost(int files) {
    if (files > MessageAttachment.MAX_PER_MESSAGE) {
      throw refused(
          "A message can carry at most "
              + MessageAttachment.MAX_PER_MESSAGE
              + " files; send the others in another message");
    }
  }

  public static Checked check(String fileName, byte[] content) {
    try {
      DocumentFiles.check(fileName, content);
    } catch (InvalidInput refused) {
      throw refused(named(fileName) + refused.getMessage());
    }
    String type = DocumentFiles.typeOf(content).orElseThrow();
    return new Checked(
        DocumentFiles.cleanName(fileName, type), type, DocumentFiles.sha256(content), content);
  }

  /**
   * Which of several files a refusal is about, by the name it was chosen as: its last path segment
   * without control or format characters (a right-to-left override could disguise it).
   */
  private static String named(String fileName) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
    if (name.length() > 80) {
      name = name.substring(0, 80) + "\u2026";
    }
    return name.isEmpty() ? "" : "\u201c" + name + "\u201d: ";
  }

  private static InvalidInput refused(String problem) {
    return new InvalidInput(problem, Map.of(FIELD, problem));
  }
}

package org.foyer.messages.pages;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.foyer.admin.pages.PageMessages;
import org.foyer.core.errors.BusinessException;
import org.foyer.core.errors.InvalidInput;
import org.foyer.documents.control.DocumentFiles;
import org.foyer.messages.attachments.MessageFile;
import org.foyer.messages.boundary.MessageAttachments;

/** The files chosen in a page's file input, read for {@link MessageAttachments}. */
final class ChosenFiles {

  private ChosenFiles() {}

  /**
   * Shows a refusal: a file's problem beside the file input (the typed text stays in its box), any
   * other the way the page shows its inputs' problems.
   */
  static void refuse(BusinessException refused, String fileInput) {
    if (refused instanceof InvalidInput invalid
        && invalid.fieldErrors().containsKey(MessageAttachments.FILE)) {
      PageMessages.error(
          fileInput,
          invalid.fieldErrors().get(MessageAttachments.FILE)
              + " Choose the file again: a browser forgets chosen files when a page is sent.");
    } else {
      PageMessages.BESIDE_INPUTS.refuse(null, refused);
    }
  }

  static List<MessageFile> read(List<Part> parts) {
    List<MessageFile> files = new ArrayList<>();
    if (parts == null) {
      return files;
    }
    for (Part part : parts) {
      // The container spooled it to disk; one byte past the limit says it is too large.
      try (InputStream in = part.getInputStream()) {
        files.add(
            new MessageFile(
                part.getSubmittedFileName(), in.readNBytes((int) DocumentFiles.MAX_BYTES + 1)));
      } catch (IOException e) {
        throw new UncheckedIOException("A chosen file could not be read", e);
      }
    }
    return files;
  }
}

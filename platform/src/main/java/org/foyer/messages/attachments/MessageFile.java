package org.foyer.messages.attachments;

/**
 * A file someone chose to send with a message, as the page or the API received it. The content of a
 * file over the limit may be cut just past it: enough to say it is too large.
 *
 * @param fileName the name the browser or client sent; never trusted for the type
 */
public record MessageFile(String fileName, byte[] content) {

  /** An empty file input: the browser sends a part with no name and nothing in it. */
  public boolean nothingChosen() {
    return (fileName == null || fileName.isBlank()) && (content == null || content.length == 0);
  }
}

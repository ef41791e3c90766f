package org.foyer.documents.boundary;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download: always an attachment, so a browser saves the file
 * rather than rendering it in the practice's origin, with the name as plain ASCII for old clients
 * and exactly as stored for the rest (RFC 6266, RFC 8187).
 */
public final class Attachment {

  private static final String ATTR_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~";

  private Attachment() {}

  public static String disposition(String fileName) {
    return "attachment; filename=\""
        + asciiFallback(fileName)
        + "\"; filename*=UTF-8''"
        + encode(fileName);
  }

  private static String asciiFallback(String fileName) {
    StringBuilder ascii = new StringBuilder();
    for (char c : fileName.toCharArray()) {
      ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
    }
    return ascii.toString();
  }

  private static String encode(String fileName) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && ATTR_CHARS.indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return encoded.toString();
  }
}

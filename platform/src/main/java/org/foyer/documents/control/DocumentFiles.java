package org.foyer.documents.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.foyer.core.errors.InvalidInput;
import org.foyer.documents.entity.CheckedFile;
import org.foyer.documents.entity.GeneralDocument;

/**
 * The rules every file meets before it becomes a General Document. The type is read from the
 * content, never from the name or the browser's claim: only PDF, PNG and JPEG, which browsers do
 * not run as script, are kept. Names are cleaned of paths and control characters and given the
 * extension of their real type, so a download never names itself as something else.
 */
public final class DocumentFiles {

  /** 20 MiB: generous for a scanned multi-page form, small enough to seal in memory. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  /** The upload field the messages are about. */
  public static final String FIELD = "file";

  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final Map<String, String> EXTENSIONS =
      Map.of("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg");

  private DocumentFiles() {}

  /** Checks the file and names its real type; refusals say what was wrong with it. */
  public static CheckedFile check(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw refused("The file is empty: choose a file with something in it");
    }
    if (content.length > MAX_BYTES) {
      throw refused("The file is larger than 20 MB; scan at a lower resolution or split it");
    }
    String type =
        typeOf(content)
            .orElseThrow(
                () ->
                    refused(
                        "Only PDF, PNG and JPEG files can be added, and this file's content is"
                            + " none of them (whatever its name says)"));
    return new CheckedFile(cleanName(fileName, type), type, content.length, sha256(content));
  }

  /** {@link #check}, also requiring the type a producer of the file declared. */
  public static CheckedFile check(String fileName, byte[] content, String declaredType) {
    CheckedFile file = check(fileName, content);
    if (declaredType != null
        && !file.contentType().equals(declaredType.strip().toLowerCase(Locale.ROOT))) {
      throw refused("The file's content is " + file.contentType() + ", not " + declaredType);
    }
    return file;
  }

  /** The type the content's first bytes show, if it is one that may be kept. */
  public static Optional<String> typeOf(byte[] content) {
    if (startsWith(content, PDF)) {
      return Optional.of("application/pdf");
    }
    if (startsWith(content, PNG)) {
      return Optional.of("image/png");
    }
    if (startsWith(content, JPEG)) {
      return Optional.of("image/jpeg");
    }
    return Optional.empty();
  }

  /**
   * The last path segment (browsers on Windows send whole paths), in NFC, without control or format
   * characters (a right-to-left override can disguise "fdp.exe" as "exe.pdf") or characters file
   * systems refuse, at most {@link GeneralDocument#FILE_NAME_LENGTH} characters, ending in the
   * extension of the real type.
   */
  public static String cleanName(String fileName, String contentType) {
    String extension = EXTENSIONS.getOrDefault(contentType, "");
    String name = fileName == null ? "" : Normalizer.normalize(fileName, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder clean = new StringBuilder();
    name.codePoints()
        .forEach(
            c -> {
              int kind = Character.getType(c);
              if (kind == Character.CONTROL
                  || kind == Character.FORMAT
                  || kind == Character.UNASSIGNED
                  || kind == Character.PRIVATE_USE
                  || kind == Character.SURROGATE) {
                return;
              }
              clean.appendCodePoint("<>:\"|?*;".indexOf(c) >= 0 ? '_' : c);
            });
    String stem = clean.toString().strip().replaceAll("\\s+", " ");
    stem = stem.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
    if (stem.toLowerCase(Locale.ROOT).endsWith(extension)
        || (extension.equals(".jpg") && stem.toLowerCase(Locale.ROOT).endsWith(".jpeg"))) {
      stem = stem.substring(0, stem.lastIndexOf('.'));
      stem = stem.replaceAll("[.\\s]+$", "");
    }
    if (stem.isEmpty()) {
      stem = "document";
    }
    int room = GeneralDocument.FILE_NAME_LENGTH - extension.length();
    if (stem.length() > room) {
      int end = room;
      if (Character.isLowSurrogate(stem.charAt(end))) {
        end--;
      }
      stem = stem.substring(0, end).strip();
    }
    return stem + extension;
  }

  /** Lower-case hex SHA-256 of the bytes. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length
        && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static InvalidInput refused(String message) {
    return new InvalidInput(message, Map.of(FIELD, message));
  }
}

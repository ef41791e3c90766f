package org.foyer.templates;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/** Path and size rules shared by every {@link PackSource}. */
final class PackPaths {

  private static final Pattern SAFE =
      Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*");

  private PackPaths() {}

  /** Relative, '/'-separated, no "." or ".." segments, no backslashes, drive letters or NULs. */
  static boolean isSafe(String path) {
    return path != null
        && path.length() <= 200
        && SAFE.matcher(path).matches()
        && !path.contains("..");
  }

  /** Reads at most {@link PackSource#MAX_FILE_BYTES}; a larger file is refused, not truncated. */
  static byte[] readBounded(InputStream in, String path) throws IOException {
    byte[] bytes = in.readNBytes(PackSource.MAX_FILE_BYTES + 1);
    if (bytes.length > PackSource.MAX_FILE_BYTES) {
      throw InvalidPack.of(path, "is larger than " + PackSource.MAX_FILE_BYTES + " bytes");
    }
    return bytes;
  }
}

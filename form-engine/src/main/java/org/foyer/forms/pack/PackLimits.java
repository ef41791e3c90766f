package org.foyer.forms.pack;

/**
 * Bounds on a pack's files, enforced while reading, before anything is parsed: a zip bomb or a huge
 * file is refused after at most these many bytes have been inflated.
 */
public record PackLimits(
    int maxFiles,
    long maxFileBytes,
    long maxTotalBytes,
    int maxCompressionRatio,
    int maxPathLength) {

  public static final PackLimits DEFAULT = new PackLimits(500, 1L << 20, 16L << 20, 100, 200);
}

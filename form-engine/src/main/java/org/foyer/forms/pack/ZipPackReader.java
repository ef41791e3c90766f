package org.foyer.forms.pack;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a zipped pack as a stream, trusting none of its headers: sizes are counted while inflating,
 * so a bomb is stopped at the limit, and the compression ratio is measured on the bytes actually
 * consumed.
 */
final class ZipPackReader {

  private final PackLimits limits;

  ZipPackReader(PackLimits limits) {
    this.limits = limits;
  }

  Map<String, byte[]> read(InputStream raw) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    CountingStream counted = new CountingStream(raw);
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(counted)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        String name = entry.getName();
        if (entry.isDirectory()) {
          continue;
        }
        String problem = PackPaths.problem(name, limits.maxPathLength());
        if (problem != null) {
          throw PackRejected.of(name, problem);
        }
        if (files.containsKey(name)) {
          throw PackRejected.of(name, "appears twice in the zip");
        }
        if (files.size() >= limits.maxFiles()) {
          throw PackRejected.of(name, "the pack has more than " + limits.maxFiles() + " files");
        }
        long before = counted.count;
        byte[] bytes = readBounded(zip, name, limits.maxTotalBytes() - total);
        long compressed = Math.max(1, counted.count - before);
        if (bytes.length > 64 * 1024 && bytes.length / compressed > limits.maxCompressionRatio()) {
          throw PackRejected.of(name, "is compressed suspiciously well (a zip bomb?)");
        }
        total += bytes.length;
        files.put(name, bytes);
      }
    } catch (ZipException e) {
      throw PackRejected.of("", "is not a readable zip file");
    } catch (IOException e) {
      throw PackRejected.of("", "could not be read: " + e.getMessage());
    }
    if (files.isEmpty()) {
      throw PackRejected.of("", "is empty or not a zip file");
    }
    return files;
  }

  private byte[] readBounded(InputStream in, String name, long remainingTotal) throws IOException {
    long cap = Math.min(limits.maxFileBytes(), remainingTotal);
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
    if (bytes.length > cap) {
      throw PackRejected.of(
          name,
          bytes.length > limits.maxFileBytes() || cap == limits.maxFileBytes()
              ? "is larger than " + limits.maxFileBytes() + " bytes"
              : "the pack is larger than " + limits.maxTotalBytes() + " bytes");
    }
    return bytes;
  }

  /** Counts compressed bytes as the inflater consumes them. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}

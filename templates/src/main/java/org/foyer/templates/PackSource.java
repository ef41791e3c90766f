package org.foyer.templates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Where a declarative pack's files come from: this jar's class path, a folder, or a zip. Paths are
 * relative, '/'-separated, and can never leave the pack: a source refuses "..", absolute paths and
 * symbolic links rather than resolving them.
 */
public interface PackSource {

  /** The largest single file a pack may hold. */
  int MAX_FILE_BYTES = 1024 * 1024;

  /** The most a whole zipped pack may unpack to. */
  long MAX_PACK_BYTES = 16L * 1024 * 1024;

  int MAX_ENTRIES = 500;

  /** The bytes of a file in the pack, or empty when it has none. */
  Optional<byte[]> read(String path);

  /** Names the pack for error messages (never its absolute location on the server). */
  String describe();

  static PackSource classpath(ClassLoader loader, String root) {
    return new PackSource() {
      @Override
      public Optional<byte[]> read(String path) {
        if (!PackPaths.isSafe(path)) {
          return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(root + path)) {
          return in == null ? Optional.empty() : Optional.of(PackPaths.readBounded(in, path));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public String describe() {
        return "classpath:" + root;
      }
    };
  }

  static PackSource folder(Path folder) {
    Path base = folder.toAbsolutePath().normalize();
    return new PackSource() {
      @Override
      public Optional<byte[]> read(String path) {
        if (!PackPaths.isSafe(path)) {
          return Optional.empty();
        }
        Path file = base.resolve(path).normalize();
        if (!file.startsWith(base)
            || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
            || Files.isSymbolicLink(file)) {
          return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
          return Optional.of(PackPaths.readBounded(in, path));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public String describe() {
        return "folder " + base.getFileName();
      }
    };
  }

  /**
   * A zipped pack, unpacked into memory up front so every limit is checked before anything is read:
   * entry count, size per file and in total (against zip bombs), and entry names (against zip
   * slip). A refused zip throws {@link InvalidPack} naming the entry.
   */
  static PackSource zip(byte[] zipBytes) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        String name = entry.getName();
        if (entry.isDirectory()) {
          continue;
        }
        if (files.size() >= MAX_ENTRIES) {
          throw InvalidPack.of(name, "the pack has more than " + MAX_ENTRIES + " files");
        }
        if (!PackPaths.isSafe(name)) {
          throw InvalidPack.of(name, "entry name must be a relative path inside the pack");
        }
        if (files.containsKey(name)) {
          throw InvalidPack.of(name, "the zip holds this entry twice");
        }
        byte[] bytes = PackPaths.readBounded(in, name);
        total += bytes.length;
        if (total > MAX_PACK_BYTES) {
          throw InvalidPack.of(name, "the pack unpacks to more than " + MAX_PACK_BYTES + " bytes");
        }
        files.put(name, bytes);
      }
    } catch (IOException e) {
      throw InvalidPack.of("", "not a readable zip file: " + e.getMessage());
    }
    Map<String, byte[]> unpacked = Map.copyOf(files);
    return new PackSource() {
      @Override
      public Optional<byte[]> read(String path) {
        return Optional.ofNullable(unpacked.get(path)).map(byte[]::clone);
      }

      @Override
      public String describe() {
        return "zip";
      }
    };
  }
}

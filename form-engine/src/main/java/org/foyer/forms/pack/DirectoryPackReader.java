package org.foyer.forms.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads an unpacked pack folder; symbolic links are refused so nothing outside it is read. */
final class DirectoryPackReader {

  private final PackLimits limits;

  DirectoryPackReader(PackLimits limits) {
    this.limits = limits;
  }

  Map<String, byte[]> read(Path root) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    long total = 0;
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      paths = walk.sorted().toList();
    } catch (IOException e) {
      throw PackRejected.of("", "could not be listed: " + e.getMessage());
    }
    for (Path path : paths) {
      String name = root.relativize(path).toString().replace('\\', '/');
      if (Files.isSymbolicLink(path)) {
        throw PackRejected.of(name, "is a symbolic link; packs may not link outside themselves");
      }
      if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      String problem = PackPaths.problem(name, limits.maxPathLength());
      if (problem != null) {
        throw PackRejected.of(name, problem);
      }
      if (files.size() >= limits.maxFiles()) {
        throw PackRejected.of(name, "the pack has more than " + limits.maxFiles() + " files");
      }
      try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
        byte[] bytes = in.readNBytes((int) limits.maxFileBytes() + 1);
        if (bytes.length > limits.maxFileBytes()) {
          throw PackRejected.of(name, "is larger than " + limits.maxFileBytes() + " bytes");
        }
        total += bytes.length;
        if (total > limits.maxTotalBytes()) {
          throw PackRejected.of(
              name, "the pack is larger than " + limits.maxTotalBytes() + " bytes");
        }
        files.put(name, bytes);
      } catch (IOException e) {
        throw PackRejected.of(name, "could not be read: " + e.getMessage());
      }
    }
    return files;
  }
}

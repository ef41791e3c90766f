package org.foyer.forms.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The files of a pack by relative path, read within {@link PackLimits}. Build with {@link
 * #fromZip}, {@link #fromDirectory} or {@link #fromClasspath}; {@link #of} is for tests and
 * providers that generate content.
 */
public final class PackFiles {

  private final Map<String, byte[]> files;

  private PackFiles(Map<String, byte[]> files) {
    this.files = Collections.unmodifiableMap(new TreeMap<>(files));
  }

  public static PackFiles of(Map<String, byte[]> files) {
    return new PackFiles(files);
  }

  public static PackFiles fromZip(InputStream zip, PackLimits limits) {
    return new PackFiles(new ZipPackReader(limits).read(zip));
  }

  public static PackFiles fromDirectory(Path root, PackLimits limits) {
    return new PackFiles(new DirectoryPackReader(limits).read(root));
  }

  /** For a {@link TemplatePackProvider} shipping its pack as resources under {@code root}. */
  public static PackFiles fromClasspath(ClassLoader loader, String root, List<String> paths) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String path : paths) {
      try (InputStream in = loader.getResourceAsStream(root + "/" + path)) {
        if (in == null) {
          throw PackRejected.of(path, "listed by the provider but not on the classpath");
        }
        files.put(path, in.readNBytes((int) PackLimits.DEFAULT.maxFileBytes() + 1));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new PackFiles(files);
  }

  public Map<String, byte[]> all() {
    return files;
  }

  public Optional<byte[]> find(String path) {
    return Optional.ofNullable(files.get(path));
  }

  /** The file as UTF-8 text; malformed UTF-8 is refused rather than replaced. */
  static String text(String path, byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw PackRejected.of(path, "is not valid UTF-8 text");
    }
  }
}

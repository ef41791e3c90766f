package org.foyer.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.foyer.audit.entity.AuditAnchor;
import org.foyer.core.runtime.RuntimeSettings;
import org.foyer.core.tenancy.TenantId;

/**
 * The anchors of each practice, one line each, appended to a file under the data directory: out of
 * reach of anyone who can only change the database. Written through to disk before it counts.
 */
@ApplicationScoped
public class AnchorFile {

  private Path directory;

  protected AnchorFile() {}

  @Inject
  public AnchorFile(RuntimeSettings settings) {
    this(settings.dataDirectory().resolve("audit-anchors"));
  }

  AnchorFile(Path directory) {
    this.directory = directory;
  }

  public synchronized void append(AuditAnchor anchor) {
    try {
      Files.createDirectories(directory);
      try (FileChannel file =
          FileChannel.open(
              fileOf(anchor.practice()),
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND)) {
        file.write(ByteBuffer.wrap((anchor.line() + "\n").getBytes(StandardCharsets.US_ASCII)));
        file.force(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the audit anchor", e);
    }
  }

  /** The practice's newest anchor; a damaged last line is an error, never silently skipped. */
  public synchronized Optional<AuditAnchor> findLast(TenantId practice) {
    Path file = fileOf(practice);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      List<String> lines =
          Files.readAllLines(file, StandardCharsets.US_ASCII).stream()
              .filter(line -> !line.isBlank())
              .toList();
      return lines.isEmpty()
          ? Optional.empty()
          : Optional.of(AuditAnchor.parse(lines.get(lines.size() - 1)));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the audit anchors of " + practice, e);
    }
  }

  private Path fileOf(TenantId practice) {
    return directory.resolve(practice + ".anchors");
  }
}

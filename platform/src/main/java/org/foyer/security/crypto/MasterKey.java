package org.foyer.security.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.foyer.core.runtime.RuntimeSettings;

/**
 * The key that seals every other secret. Production reads it from {@code FOYER_MASTER_KEY} (the
 * launcher refuses to start without it); development generates one on first start and keeps it
 * beside the embedded database, so data sealed yesterday still opens today.
 */
@ApplicationScoped
public class MasterKey {

  static final int BYTES = 32;

  private RuntimeSettings settings;
  private SecretKey key;

  protected MasterKey() {}

  @Inject
  public MasterKey(RuntimeSettings settings) {
    this.settings = settings;
  }

  public synchronized SecretKey key() {
    if (key == null) {
      String encoded = settings.masterKey().orElseGet(this::developmentKey);
      byte[] bytes = Base64.getDecoder().decode(encoded.strip());
      if (bytes.length != BYTES) {
        throw new IllegalStateException("FOYER_MASTER_KEY must be 32 bytes in base64");
      }
      key = new SecretKeySpec(bytes, "AES");
    }
    return key;
  }

  private String developmentKey() {
    Path file = settings.dataDirectory().resolve("master.key");
    try {
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.US_ASCII);
      }
      Files.createDirectories(file.getParent());
      byte[] bytes = new byte[BYTES];
      new SecureRandom().nextBytes(bytes);
      String encoded = Base64.getEncoder().encodeToString(bytes);
      Files.writeString(file, encoded, StandardCharsets.US_ASCII);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system (Windows): the data directory's own permissions apply.
      }
      return encoded;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read or create the development master key", e);
    }
  }
}

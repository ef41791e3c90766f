package org.foyer.security.password;

import java.nio.CharBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and verifies passwords with PBKDF2-HMAC-SHA256.
 *
 * <p>The encoded form {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (unpadded Base64) carries
 * its own parameters, so the work factor can be raised later: {@link #needsRehash} tells the
 * sign-in code when to store a fresh hash after a successful verification. Passwords are normalised
 * to Unicode NFKC before hashing, as NIST 800-63B recommends, so that the same password typed on
 * different keyboards (composed or decomposed accents) still matches.
 *
 * <p>For an unknown account, call {@link #verifyDummy} so the failed sign-in costs one full key
 * derivation just like a real one; otherwise response time would tell which accounts exist.
 */
public final class PasswordHash {

  /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
  public static final int DEFAULT_ITERATIONS = 210_000;

  static final String SCHEME = "pbkdf2-sha256";
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 16;
  private static final int KEY_BYTES = 32;
  // Bounds for values read back from storage: a corrupt or hostile row must not make one
  // verification run for minutes or allocate without limit.
  private static final int MAX_ITERATIONS = 10_000_000;
  private static final int MAX_ENCODED_BYTES = 64;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;
  private final String dummy;

  /** A hasher with {@link #DEFAULT_ITERATIONS}. */
  public PasswordHash() {
    this(DEFAULT_ITERATIONS);
  }

  /**
   * A hasher with the given work factor; hashes stored with fewer iterations report {@link
   * #needsRehash}. Tests use a small count to stay fast.
   */
  public PasswordHash(int iterations) {
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException(
          "iterations must be between 1 and " + MAX_ITERATIONS + ", was " + iterations);
    }
    this.iterations = iterations;
    // Random salt and random "hash": verifying against it costs a full derivation and
    // cannot succeed (a 2^-256 chance), so no password needs to be hashed up front.
    this.dummy = encode(iterations, randomBytes(SALT_BYTES), randomBytes(KEY_BYTES));
  }

  /**
   * Hashes a password with a fresh random salt. The caller keeps ownership of the array and should
   * clear it when done.
   *
   * @throws IllegalArgumentException when the password is empty
   */
  public String hash(char[] password) {
    if (password == null || password.length == 0) {
      throw new IllegalArgumentException("password must not be empty");
    }
    byte[] salt = randomBytes(SALT_BYTES);
    return encode(iterations, salt, derive(password, salt, iterations, KEY_BYTES));
  }

  /**
   * Whether the password matches the encoded hash, compared in constant time. An empty password or
   * a malformed encoded hash never matches; both still cost a full derivation so that they cannot
   * be told apart from a wrong password by timing.
   */
  public boolean verify(char[] password, String encoded) {
    Optional<Parsed> parsed = Parsed.of(encoded);
    if (parsed.isEmpty() || password == null || password.length == 0) {
      verifyDummy(password);
      return false;
    }
    Parsed p = parsed.get();
    byte[] actual = derive(password, p.salt, p.iterations, p.hash.length);
    return MessageDigest.isEqual(actual, p.hash);
  }

  /**
   * Spends the same work as {@link #verify} and returns {@code false}: the path for a sign-in
   * naming an account that does not exist.
   */
  public boolean verifyDummy(char[] password) {
    char[] input = password == null || password.length == 0 ? new char[] {'x'} : password;
    Parsed p = Parsed.of(dummy).orElseThrow();
    MessageDigest.isEqual(derive(input, p.salt, p.iterations, p.hash.length), p.hash);
    return false;
  }

  /**
   * Whether a stored hash should be replaced after the next successful sign-in: it uses fewer
   * iterations than this hasher, another format, or is malformed.
   */
  public boolean needsRehash(String encoded) {
    return Parsed.of(encoded)
        .map(p -> p.iterations < iterations || p.hash.length != KEY_BYTES)
        .orElse(true);
  }

  private static String encode(int iterations, byte[] salt, byte[] hash) {
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return SCHEME
        + '$'
        + iterations
        + '$'
        + b64.encodeToString(salt)
        + '$'
        + b64.encodeToString(hash);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int keyBytes) {
    char[] normalised =
        Normalizer.normalize(CharBuffer.wrap(password), Normalizer.Form.NFKC).toCharArray();
    PBEKeySpec spec = new PBEKeySpec(normalised, salt, iterations, keyBytes * 8);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is required by Java SE but unavailable", e);
    } finally {
      spec.clearPassword();
      Arrays.fill(normalised, '\0');
    }
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** The parts of a well-formed encoded hash. */
  private record Parsed(int iterations, byte[] salt, byte[] hash) {

    static Optional<Parsed> of(String encoded) {
      if (encoded == null) {
        return Optional.empty();
      }
      String[] parts = encoded.split("\\$", -1);
      if (parts.length != 4 || !SCHEME.equals(parts[0]) || !parts[1].matches("[1-9][0-9]{0,7}")) {
        return Optional.empty();
      }
      int iterations = Integer.parseInt(parts[1]);
      try {
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] hash = Base64.getDecoder().decode(parts[3]);
        if (iterations > MAX_ITERATIONS
            || salt.length == 0
            || salt.length > MAX_ENCODED_BYTES
            || hash.length < 16
            || hash.length > MAX_ENCODED_BYTES) {
          return Optional.empty();
        }
        return Optional.of(new Parsed(iterations, salt, hash));
      } catch (IllegalArgumentException notBase64) {
        return Optional.empty();
      }
    }
  }
}

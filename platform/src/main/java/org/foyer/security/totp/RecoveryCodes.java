package org.foyer.security.totp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Single-use codes that stand in for the authenticator app when it is lost.
 *
 * <p>Codes look like {@code k7mp-q3xa-w9ze}: twelve characters from an alphabet without the
 * look-alikes 0/o, 1/l/i, about 59 bits of randomness. Only their SHA-256 hashes are stored. A fast
 * unsalted hash is enough here, unlike for passwords: the codes are random rather than chosen by
 * people, so there is no dictionary to try and a brute-force search of 2^59 values per hash is out
 * of reach; a slow hash would only make every recovery sign-in slower. Typed codes are matched
 * ignoring case, spaces and dashes.
 */
public final class RecoveryCodes {

  public static final int COUNT = 10;
  static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
  static final int LENGTH = 12;
  private static final int GROUP = 4;

  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodes() {}

  /**
   * Fresh codes to show the user once, and the hashes to store in their place.
   *
   * @param codes for display, formatted in dashed groups
   * @param hashes what to store, in the same order
   */
  public record Issued(List<String> codes, List<String> hashes) {
    public Issued {
      codes = List.copyOf(codes);
      hashes = List.copyOf(hashes);
    }
  }

  public static Issued issue() {
    List<String> codes = new ArrayList<>(COUNT);
    List<String> hashes = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      String code = randomCode();
      codes.add(format(code));
      hashes.add(hash(code));
    }
    return new Issued(codes, hashes);
  }

  /**
   * Spends a code.
   *
   * @return the stored hashes without the matched one, to store in place of the old list; empty
   *     when the code matches none of them
   */
  public static Optional<List<String>> redeem(String code, List<String> storedHashes) {
    if (code == null) {
      return Optional.empty();
    }
    String normalised = normalise(code);
    if (normalised.length() != LENGTH) {
      return Optional.empty();
    }
    byte[] typed = hash(normalised).getBytes(StandardCharsets.US_ASCII);
    int match = -1;
    // Compare with every stored hash, without stopping early.
    for (int i = 0; i < storedHashes.size(); i++) {
      byte[] stored = storedHashes.get(i).getBytes(StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(typed, stored) && match < 0) {
        match = i;
      }
    }
    if (match < 0) {
      return Optional.empty();
    }
    List<String> remaining = new ArrayList<>(storedHashes);
    remaining.remove(match);
    return Optional.of(List.copyOf(remaining));
  }

  static String normalise(String code) {
    return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
  }

  private static String randomCode() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  private static String format(String code) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < code.length(); i += GROUP) {
      if (i > 0) {
        out.append('-');
      }
      out.append(code, i, Math.min(code.length(), i + GROUP));
    }
    return out.toString();
  }

  private static String hash(String normalisedCode) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha256.digest(normalisedCode.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by Java SE but unavailable", e);
    }
  }
}

package org.foyer.security.totp;

import java.util.Locale;

/**
 * RFC 4648 Base32 without padding, the encoding authenticator apps expect for TOTP secrets. Written
 * here rather than taken from a codec library because it is twenty lines and the only one we need.
 * Decoding accepts lower case but is otherwise strict: an impossible length, a character outside
 * the alphabet, padding, or non-zero unused trailing bits are refused, so every accepted string is
 * the canonical encoding of exactly one byte array.
 */
final class Base32 {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Base32() {}

  static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET.charAt((buffer >>> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  /**
   * @throws IllegalArgumentException when the text is not canonical unpadded Base32
   */
  static byte[] decode(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    int trailingBits = upper.length() * 5 % 8;
    // 5 bits per character: lengths leaving 5 or more spare bits cannot come from whole bytes.
    if (trailingBits >= 5) {
      throw new IllegalArgumentException("Base32 text has an impossible length " + upper.length());
    }
    byte[] out = new byte[upper.length() * 5 / 8];
    int buffer = 0;
    int bits = 0;
    int index = 0;
    for (int i = 0; i < upper.length(); i++) {
      int value = ALPHABET.indexOf(upper.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("Base32 text has an invalid character at position " + i);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out[index++] = (byte) (buffer >>> (bits - 8));
        bits -= 8;
      }
    }
    if ((buffer & ((1 << bits) - 1)) != 0) {
      throw new IllegalArgumentException("Base32 text has non-zero unused trailing bits");
    }
    return out;
  }
}

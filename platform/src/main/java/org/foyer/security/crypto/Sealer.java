package org.foyer.security.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM with a random 96-bit nonce. The context (for example the account a TOTP secret
 * belongs to) is bound as associated data, so a sealed value copied onto another account does not
 * open.
 */
public final class Sealer {

  private static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKey key;

  public Sealer(SecretKey key) {
    this.key = key;
  }

  public String seal(byte[] plaintext, String context) {
    return PREFIX + Base64.getEncoder().encodeToString(sealBytes(plaintext, context));
  }

  /**
   * The nonce followed by the ciphertext and tag, without text encoding: for large values (stored
   * documents) kept in binary columns, where base64 would add a third to every copy.
   */
  public byte[] sealBytes(byte[] plaintext, String context) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = new byte[NONCE_BYTES + cipher.getOutputSize(plaintext.length)];
      System.arraycopy(nonce, 0, sealed, 0, NONCE_BYTES);
      cipher.doFinal(plaintext, 0, plaintext.length, sealed, NONCE_BYTES);
      return sealed;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable", e);
    }
  }

  /** Opens a sealed value; fails when it was altered or sealed for another context or key. */
  public byte[] open(String sealed, String context) {
    if (sealed == null || !sealed.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a sealed value");
    }
    byte[] all;
    try {
      all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the sealed value does not open with this key and context");
    }
    return openBytes(all, context);
  }

  /** Opens what {@link #sealBytes} made; fails like {@link #open}. */
  public byte[] openBytes(byte[] sealed, String context) {
    if (sealed == null || sealed.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new IllegalArgumentException(
          "the sealed value does not open with this key and context");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the sealed value does not open with this key and context");
    }
  }
}

package org.foyer.security.signin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.foyer.security.crypto.MasterKey;

/**
 * Remembers browsers that completed a sign-in to an account, so the throttle can let them through
 * while a stranger's guesses pause the account from the stranger's address. The cookie holds a
 * random device id, its expiry and an HMAC (a key derived from the master key) over both and the
 * account it signed in to: it cannot be forged or moved to another account, and it says nothing
 * readable about the person. It opens no session; the password is still needed.
 */
@ApplicationScoped
public class KnownDevices {

  static final String COOKIE = "foyer_device";
  static final Duration LIFETIME = Duration.ofDays(180);
  private static final Pattern SHAPE =
      Pattern.compile("([A-Za-z0-9_-]{22})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

  private Supplier<SecretKey> masterKey;
  private Clock clock;
  private volatile SecretKeySpec macKey;

  protected KnownDevices() {}

  @Inject
  public KnownDevices(MasterKey masterKey, Clock clock) {
    this(masterKey::key, clock);
  }

  /** Tests pass a key of their own. */
  public KnownDevices(Supplier<SecretKey> masterKey, Clock clock) {
    this.masterKey = masterKey;
    this.clock = clock;
  }

  /** A fresh cookie value for the account (its throttle key). */
  public String issue(String accountKey) {
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    String device = BASE64.encodeToString(id);
    long expires = clock.instant().plus(LIFETIME).getEpochSecond();
    return device + "." + expires + "." + mac(device, expires, accountKey);
  }

  /** The device id when the value is a live cookie issued for this very account. */
  public Optional<String> recognise(String value, String accountKey) {
    var match = value == null ? null : SHAPE.matcher(value);
    if (match == null || !match.matches()) {
      return Optional.empty();
    }
    long expires = Long.parseLong(match.group(2));
    boolean genuine =
        MessageDigest.isEqual(
            match.group(3).getBytes(StandardCharsets.US_ASCII),
            mac(match.group(1), expires, accountKey).getBytes(StandardCharsets.US_ASCII));
    return genuine && clock.instant().isBefore(Instant.ofEpochSecond(expires))
        ? Optional.of(match.group(1))
        : Optional.empty();
  }

  /** The device id of the request's cookie, when it was issued for this account. */
  public Optional<String> recognise(HttpServletRequest request, String accountKey) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName())) {
          Optional<String> device = recognise(cookie.getValue(), accountKey);
          if (device.isPresent()) {
            return device;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Sets the cookie for the practice's addresses only, HttpOnly, SameSite=Lax, Secure where the
   * session cookie is (written as a header, because the container drops SameSite from Cookie).
   */
  public void remember(
      HttpServletRequest request, HttpServletResponse response, String path, String accountKey) {
    boolean secure = request.getServletContext().getSessionCookieConfig().isSecure();
    response.addHeader(
        "Set-Cookie",
        COOKIE
            + "="
            + issue(accountKey)
            + "; Path="
            + path
            + "; Max-Age="
            + LIFETIME.toSeconds()
            + "; HttpOnly; SameSite=Lax"
            + (secure ? "; Secure" : ""));
  }

  private String mac(String device, long expires, String accountKey) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key());
      return BASE64.encodeToString(
          mac.doFinal(
              (device + "|" + expires + "|" + accountKey).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by Java SE but unavailable", e);
    }
  }

  /** A key of its own, derived from the master key, so no other use of that key can mint one. */
  private SecretKeySpec key() throws GeneralSecurityException {
    SecretKeySpec key = macKey;
    if (key == null) {
      Mac derive = Mac.getInstance("HmacSHA256");
      derive.init(new SecretKeySpec(masterKey.get().getEncoded(), "HmacSHA256"));
      key =
          new SecretKeySpec(
              derive.doFinal("foyer known device v1".getBytes(StandardCharsets.US_ASCII)),
              "HmacSHA256");
      macKey = key;
    }
    return key;
  }
}

package org.foyer.admin.portal.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.foyer.core.errors.InvalidInput;
import org.junit.jupiter.api.Test;

public class PracticeLogoTest {

  static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  public static byte[] png(int size) {
    byte[] bytes = new byte[size];
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    System.arraycopy(signature, 0, bytes, 0, signature.length);
    return bytes;
  }

  public static byte[] jpeg(int size) {
    byte[] bytes = new byte[size];
    bytes[0] = (byte) 0xff;
    bytes[1] = (byte) 0xd8;
    bytes[2] = (byte) 0xff;
    return bytes;
  }

  @Test
  void pngAndJpegAreRecognisedFromTheirBytes() {
    assertThat(PracticeLogo.of(png(100), NOW).contentType()).isEqualTo("image/png");
    assertThat(PracticeLogo.of(jpeg(100), NOW).contentType()).isEqualTo("image/jpeg");
  }

  @Test
  void logoKeepsItsSizeAndDigest() {
    PracticeLogo logo = PracticeLogo.of(png(64), NOW);
    assertThat(logo.sizeBytes()).isEqualTo(64);
    assertThat(logo.sha256()).hasSize(64).matches("[0-9a-f]+");
    assertThat(logo.content()).isEqualTo(png(64));
  }

  @Test
  void exactlyFiveHundredTwelveKibibytesIsAcceptedAndOneByteMoreIsNot() {
    assertThat(PracticeLogo.of(png(512 * 1024), NOW).sizeBytes()).isEqualTo(524_288);
    assertRefused(png(512 * 1024 + 1), "at most 512 KiB");
  }

  @Test
  void svgIsRefusedBecauseItCanCarryScript() {
    assertRefused(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8),
        "SVG logos are refused");
    assertRefused(
        "  <?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<SVG/>".getBytes(StandardCharsets.UTF_8),
        "SVG logos are refused");
  }

  @Test
  void svgDisguisedBehindAnHtmlCommentIsStillRefused() {
    assertRefused(
        "<!-- logo --><svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8),
        "SVG logos are refused");
  }

  @Test
  void otherFormatsAndTruncatedSignaturesAreRefused() {
    assertRefused("GIF89a....".getBytes(StandardCharsets.US_ASCII), "PNG or JPEG");
    assertRefused(
        "<html><body>hi</body></html>".getBytes(StandardCharsets.US_ASCII), "PNG or JPEG");
    assertRefused(Arrays.copyOf(png(8), 7), "PNG or JPEG");
    assertRefused(new byte[] {(byte) 0xff, (byte) 0xd8}, "PNG or JPEG");
  }

  @Test
  void emptyOrMissingUploadIsRefused() {
    assertRefused(new byte[0], "Choose an image");
    assertRefused(null, "Choose an image");
  }

  static void assertRefused(byte[] bytes, String message) {
    assertThatThrownBy(() -> PracticeLogo.of(bytes, NOW))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.getMessage()).contains(message);
              assertThat(e.fieldErrors()).containsOnlyKeys("logo");
            });
  }
}

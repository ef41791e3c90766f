package org.foyer.security.totp;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.foyer.forms.render.Html;

/**
 * Draws a QR code, for scanning the {@code otpauth://} enrollment URI into an authenticator app.
 *
 * <p>The SVG form is meant to be inlined in the page: it uses only presentation attributes (no
 * {@code style}, no script), so it passes a strict Content Security Policy, and it carries {@code
 * role="img"} and an {@code aria-label} for screen readers. Dark modules are drawn as one rectangle
 * per horizontal run to keep the markup small. The PNG form is for a separate image response.
 */
public final class QrCode {

  /** The four-module light border the QR specification asks for. */
  private static final int QUIET_ZONE = 4;

  private QrCode() {}

  /**
   * An SVG document, one user unit per module, scalable by CSS.
   *
   * @param label what a screen reader announces, e.g. "QR code to add Foyer to your authenticator
   *     app"
   */
  public static String svg(String content, String label) {
    BitMatrix matrix = encode(content);
    int width = matrix.getWidth();
    int height = matrix.getHeight();
    StringBuilder svg = new StringBuilder(64 * height);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(escapeXml(label))
        .append("\" shape-rendering=\"crispEdges\">");
    svg.append("<rect width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" fill=\"#ffffff\"/>");
    for (int y = 0; y < height; y++) {
      int x = 0;
      while (x < width) {
        if (!matrix.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < width && matrix.get(x, y)) {
          x++;
        }
        svg.append("<rect x=\"")
            .append(start)
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(x - start)
            .append("\" height=\"1\" fill=\"#000000\"/>");
      }
    }
    return svg.append("</svg>").toString();
  }

  /**
   * A PNG image, {@code pixelsPerModule} pixels for each module.
   *
   * @throws IllegalArgumentException when pixelsPerModule is not between 1 and 32
   */
  public static byte[] png(String content, int pixelsPerModule) {
    if (pixelsPerModule < 1 || pixelsPerModule > 32) {
      throw new IllegalArgumentException(
          "pixelsPerModule must be between 1 and 32, was " + pixelsPerModule);
    }
    BitMatrix matrix = encode(content);
    int size = matrix.getWidth() * pixelsPerModule;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        boolean dark = matrix.get(x / pixelsPerModule, y / pixelsPerModule);
        image.setRGB(x, y, dark ? 0x000000 : 0xffffff);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write PNG to memory", e);
    }
    return out.toByteArray();
  }

  /** One bit per module, quiet zone included (a requested size of 0 means "no scaling"). */
  private static BitMatrix encode(String content) {
    if (content == null || content.isEmpty()) {
      throw new IllegalArgumentException("QR code content must not be empty");
    }
    try {
      return new QRCodeWriter()
          .encode(
              content,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  QUIET_ZONE,
                  EncodeHintType.CHARACTER_SET,
                  StandardCharsets.UTF_8.name()));
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          "content does not fit in a QR code (" + content.length() + " characters)", e);
    }
  }

  private static String escapeXml(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a QR code needs a label for screen readers");
    }
    return Html.escape(text);
  }
}

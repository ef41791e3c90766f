package org.foyer.security.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class QrCodeTest {

  private static final String URI =
      TotpSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
          .otpauthUri("Calm Waters", "jane@example.org");

  @Test
  void svgScansBackToTheContent() throws Exception {
    Document svg = parse(QrCode.svg(URI, "QR code for your authenticator app"));

    assertThat(decode(rasterise(svg))).isEqualTo(URI);
  }

  @Test
  void svgIsAccessibleAndCspSafe() throws Exception {
    String markup = QrCode.svg(URI, "Scan \"this\" <code> & go");
    Element root = parse(markup).getDocumentElement();

    assertThat(root.getTagName()).isEqualTo("svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-label")).isEqualTo("Scan \"this\" <code> & go");
    assertThat(markup).doesNotContain("style", "script", "<code>", "javascript:");
    NodeList all = root.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      assertThat(element.getTagName()).isEqualTo("rect");
      NamedNodeMap attributes = element.getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        assertThat(attributes.item(a).getNodeName()).isIn("x", "y", "width", "height", "fill");
      }
    }
  }

  @Test
  void pngScansBackToTheContent() throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCode.png(URI, 4)));

    assertThat(image.getWidth()).isEqualTo(image.getHeight()).isPositive();
    assertThat(image.getWidth() % 4).isZero();
    assertThat(decode(image)).isEqualTo(URI);
  }

  @Test
  void pngScaleOutOfRangeIsRefused() {
    assertThatThrownBy(() -> QrCode.png(URI, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QrCode.png(URI, 33)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptyContentOrLabelIsRefused() {
    assertThatThrownBy(() -> QrCode.svg("", "label")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QrCode.svg(URI, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("screen readers");
  }

  @Test
  void contentTooLongForAQrCodeIsRefused() {
    assertThatThrownBy(() -> QrCode.svg("x".repeat(5_000), "label"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not fit");
  }

  private static Document parse(String markup) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(markup)));
  }

  /** Paints the SVG's rectangles, four pixels per unit, as a scanner would see them. */
  private static BufferedImage rasterise(Document svg) {
    String[] viewBox = svg.getDocumentElement().getAttribute("viewBox").split(" ");
    int scale = 4;
    int size = Integer.parseInt(viewBox[2]) * scale;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    NodeList rects = svg.getElementsByTagName("rect");
    for (int i = 0; i < rects.getLength(); i++) {
      Element rect = (Element) rects.item(i);
      int x = intAttribute(rect, "x") * scale;
      int y = intAttribute(rect, "y") * scale;
      int w = intAttribute(rect, "width") * scale;
      int h = intAttribute(rect, "height") * scale;
      int rgb = Integer.parseInt(rect.getAttribute("fill").substring(1), 16);
      for (int py = y; py < y + h; py++) {
        for (int px = x; px < x + w; px++) {
          image.setRGB(px, py, rgb);
        }
      }
    }
    return image;
  }

  private static int intAttribute(Element element, String name) {
    String value = element.getAttribute(name);
    return value.isEmpty() ? 0 : Integer.parseInt(value);
  }

  private static String decode(BufferedImage image) throws Exception {
    int width = image.getWidth();
    int height = image.getHeight();
    int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
    LuminanceSource source = new RGBLuminanceSource(width, height, pixels);
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
  }
}

package org.foyer.documents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.foyer.core.errors.InvalidInput;
import org.foyer.documents.entity.CheckedFile;
import org.junit.jupiter.api.Test;

class DocumentFilesTest {

  static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG =
      Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 32);
  static final byte[] JPEG = Arrays.copyOf(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, 32);

  @Test
  void pdfPngAndJpegAreKeptWithTheTypeTheirContentShows() {
    assertThat(DocumentFiles.check("a.pdf", PDF).contentType()).isEqualTo("application/pdf");
    assertThat(DocumentFiles.check("b.png", PNG).contentType()).isEqualTo("image/png");
    assertThat(DocumentFiles.check("c.jpg", JPEG).contentType()).isEqualTo("image/jpeg");
  }

  @Test
  void htmlNamedPdfIsRefusedWithAMessageAboutItsContent() {
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> DocumentFiles.check("invoice.pdf", html))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused -> {
              assertThat(refused.getMessage()).contains("PDF, PNG and JPEG", "content");
              assertThat(refused.fieldErrors()).containsKey(DocumentFiles.FIELD);
            });
  }

  @Test
  void svgExecutablesAndTextAreRefused() {
    byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8);
    byte[] exe = Arrays.copyOf(new byte[] {'M', 'Z'}, 64);
    byte[] shortPdf = "%PD".getBytes(StandardCharsets.US_ASCII);
    for (byte[] content : new byte[][] {svg, exe, shortPdf, {' ', '%', 'P', 'D', 'F', '-'}}) {
      assertThatThrownBy(() -> DocumentFiles.check("file.pdf", content))
          .isInstanceOf(InvalidInput.class);
    }
  }

  @Test
  void emptyAndMissingFilesAreRefused() {
    assertThatThrownBy(() -> DocumentFiles.check("empty.pdf", new byte[0]))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> DocumentFiles.check("none.pdf", null))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void twentyMebibytesAreKeptAndOneByteMoreIsRefused() {
    byte[] limit = pdfOfSize((int) DocumentFiles.MAX_BYTES);
    assertThat(DocumentFiles.check("big.pdf", limit).sizeBytes()).isEqualTo(20L * 1024 * 1024);
    assertThatThrownBy(() -> DocumentFiles.check("big.pdf", pdfOfSize(limit.length + 1)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("larger than 20 MB");
  }

  @Test
  void aProducersDeclaredTypeMustMatchTheContent() {
    assertThat(DocumentFiles.check("form.pdf", PDF, "Application/PDF").contentType())
        .isEqualTo("application/pdf");
    assertThatThrownBy(() -> DocumentFiles.check("form.pdf", PNG, "application/pdf"))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void theDigestIsTheSha256OfTheBytes() {
    CheckedFile file = DocumentFiles.check("a.pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII));
    // sha256 of "%PDF-", computed with sha256sum
    assertThat(file.sha256())
        .isEqualTo("38523c087796e5d5dd1cf9bad1fb026781a838dd9dd2cf8af58b9f6502a46778");
    assertThat(file.sizeBytes()).isEqualTo(5);
  }

  @Test
  void pathsAreCutFromNames() {
    assertThat(DocumentFiles.cleanName("../../etc/passwd.pdf", "application/pdf"))
        .isEqualTo("passwd.pdf");
    assertThat(DocumentFiles.cleanName("C:\\Users\\jo\\Scans\\intake.pdf", "application/pdf"))
        .isEqualTo("intake.pdf");
    assertThat(DocumentFiles.cleanName("..", "application/pdf")).isEqualTo("document.pdf");
    assertThat(DocumentFiles.cleanName("/", "image/png")).isEqualTo("document.png");
  }

  @Test
  void controlAndDisguisingCharactersAreRemoved() {
    assertThat(DocumentFiles.cleanName("sc\u0000an\r\n.pdf", "application/pdf"))
        .isEqualTo("scan.pdf");
    assertThat(DocumentFiles.cleanName("report\u202Efdp.exe", "application/pdf"))
        .isEqualTo("reportfdp.exe.pdf");
    assertThat(DocumentFiles.cleanName("a\"b;c<d>.pdf", "application/pdf"))
        .isEqualTo("a_b_c_d_.pdf");
  }

  @Test
  void theNameEndsInTheExtensionOfTheRealType() {
    assertThat(DocumentFiles.cleanName("Scan.PDF", "application/pdf")).isEqualTo("Scan.pdf");
    assertThat(DocumentFiles.cleanName("photo.jpeg", "image/jpeg")).isEqualTo("photo.jpg");
    assertThat(DocumentFiles.cleanName("scan", "image/png")).isEqualTo("scan.png");
    assertThat(DocumentFiles.cleanName("scan.pdf", "image/png")).isEqualTo("scan.pdf.png");
    assertThat(DocumentFiles.cleanName(null, "application/pdf")).isEqualTo("document.pdf");
  }

  @Test
  void longNamesAreShortenedKeepingTheExtension() {
    String name = DocumentFiles.cleanName("x".repeat(500) + ".pdf", "application/pdf");
    assertThat(name).hasSize(120).endsWith("x.pdf");
    String emoji = DocumentFiles.cleanName("\uD83D\uDE00".repeat(100), "image/png");
    assertThat(emoji.length()).isLessThanOrEqualTo(120);
    assertThat(emoji.codePoints().filter(c -> Character.getType(c) == Character.SURROGATE))
        .isEmpty();
  }

  static byte[] pdfOfSize(int size) {
    byte[] content = new byte[size];
    System.arraycopy(PDF, 0, content, 0, PDF.length);
    return content;
  }
}

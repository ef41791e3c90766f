package org.foyer.forms.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.foyer.forms.json.CanonicalJson;

/**
 * Turns engine-built XHTML into PDF bytes. Only {@code data:} images (which the engine itself
 * embeds after checking their hash) may load; every other URI is refused before resolution, so a
 * layout cannot make the server fetch a URL or read a file. Output is deterministic: fixed
 * producer, dates taken from the input, and a document id derived from the content. The PDF is
 * tagged (a structure tree, marked content, title and language) so a screen reader can read it.
 */
public final class PdfWriter {

  static final String FONT_FAMILY = "Liberation Sans";
  private static final String FONT_DIR = "/com/mpobjects/jasperreports/fonts/liberation/";
  private static final String PRODUCER = "Foyer form engine";
  private static final java.util.Map<String, byte[]> FONTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  static {
    // openhtmltopdf logs every stage at INFO; the platform logs what matters itself.
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }

  public byte[] write(String xhtml, Instant documentDate) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    // Tagged for screen readers (PDF/UA as far as openhtmltopdf goes): a structure tree from the
    // XHTML, the title from <title>, the language from <html lang>; fonts are embedded below.
    builder.usePdfUaAccessbility(true);
    builder.withProducer(PRODUCER);
    builder.withHtmlContent(xhtml, "about:blank");
    builder.useExternalResourceAccessControl(
        PdfWriter::allowed, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        PdfWriter::allowed, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.useUriResolver((base, uri) -> uri != null && uri.startsWith("data:") ? uri : null);
    builder.useFont(
        () -> font("LiberationSans-Regular.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
    builder.useFont(
        () -> font("LiberationSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
    builder.useFont(
        () -> font("LiberationSans-Italic.ttf"), FONT_FAMILY, 400, FontStyle.ITALIC, true);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      renderer.createPDFWithoutClosing();
      PDDocument document = renderer.getPdfDocument();
      seal(document, xhtml, documentDate);
      document.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static boolean allowed(String uri, ExternalResourceType type) {
    return uri != null && uri.startsWith("data:") && type == ExternalResourceType.IMAGE_RASTER;
  }

  /** Font files are read from the jar once and kept in memory (about 1.2 MB). */
  private static InputStream font(String file) {
    byte[] bytes =
        FONTS.computeIfAbsent(
            file,
            f -> {
              try (InputStream in = PdfWriter.class.getResourceAsStream(FONT_DIR + f)) {
                if (in == null) {
                  throw new IllegalStateException("Font " + f + " is missing from the classpath");
                }
                return withoutGlyphSubstitution(in.readAllBytes());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    return new java.io.ByteArrayInputStream(bytes);
  }

  /**
   * The font with its GSUB table hidden from PDFBox (its tag renamed in the table directory).
   * PDFBox 3 applies Latin glyph substitutions to every string it draws and compiles regular
   * expressions to do so each time: well over half of a completed form's PDF time. Forms need no
   * ligatures, and text copied out of the PDF is plainer without them.
   */
  static byte[] withoutGlyphSubstitution(byte[] ttf) {
    if (ttf.length < 12) {
      return ttf;
    }
    int tables = ((ttf[4] & 0xff) << 8) | (ttf[5] & 0xff);
    for (int i = 0; i < tables && 12 + 16 * i + 4 <= ttf.length; i++) {
      int at = 12 + 16 * i;
      if (ttf[at] == 'G' && ttf[at + 1] == 'S' && ttf[at + 2] == 'U' && ttf[at + 3] == 'B') {
        byte[] copy = ttf.clone();
        copy[at] = 'x';
        return copy;
      }
    }
    return ttf;
  }

  private static void seal(PDDocument document, String xhtml, Instant documentDate) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setProducer(PRODUCER);
    info.setCreator(PRODUCER);
    Calendar date = null;
    if (documentDate != null) {
      date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      date.setTimeInMillis(documentDate.toEpochMilli());
    }
    info.setCreationDate(date);
    info.setModificationDate(date);
    byte[] id =
        Arrays.copyOf(
            HexFormat.of()
                .parseHex(CanonicalJson.sha256Hex(xhtml.getBytes(StandardCharsets.UTF_8))),
            16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }
}

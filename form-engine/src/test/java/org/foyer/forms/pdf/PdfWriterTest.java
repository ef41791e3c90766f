package org.foyer.forms.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class PdfWriterTest {

  private static byte[] regular() throws IOException {
    try (InputStream in =
        PdfWriter.class.getResourceAsStream(
            "/com/mpobjects/jasperreports/fonts/liberation/LiberationSans-Regular.ttf")) {
      return in.readAllBytes();
    }
  }

  private static TrueTypeFont parse(byte[] ttf) throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
  }

  @Test
  void theEmbeddedFontKeepsEveryGlyphButNoGlyphSubstitution() throws IOException {
    byte[] original = regular();
    try (TrueTypeFont before = parse(original);
        TrueTypeFont after = parse(PdfWriter.withoutGlyphSubstitution(original))) {
      assertThat(before.getTableMap()).containsKey("GSUB");
      assertThat(after.getTableMap()).doesNotContainKey("GSUB");
      assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
      assertThat(after.getUnicodeCmapLookup().getGlyphId('f'))
          .isEqualTo(before.getUnicodeCmapLookup().getGlyphId('f'));
    }
  }

  @Test
  void aFontWithoutGlyphSubstitutionIsLeftAsItIs() {
    byte[] notAFont = {0, 1, 0, 0, 0, 0};
    assertThat(PdfWriter.withoutGlyphSubstitution(notAFont)).isSameAs(notAFont);
  }
}

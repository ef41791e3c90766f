package org.foyer.intake.review.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

/** Joins the completed forms' PDFs of a packet into one document, in packet order. */
public final class PacketPdf {

  private PacketPdf() {}

  public static byte[] concatenate(List<byte[]> pdfs) {
    if (pdfs.isEmpty()) {
      throw new IllegalArgumentException("A packet PDF needs at least one form");
    }
    PDFMergerUtility merger = new PDFMergerUtility();
    for (byte[] pdf : pdfs) {
      merger.addSource(new RandomAccessReadBuffer(pdf));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    merger.setDestinationStream(out);
    try {
      merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
    } catch (IOException e) {
      throw new UncheckedIOException("The packet's PDFs could not be joined", e);
    }
    return out.toByteArray();
  }
}

package org.foyer.documents.boundary;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Small files whose first bytes are those of real PDFs, PNGs and JPEGs, and some that are not. */
final class SampleFiles {

  private SampleFiles() {}

  static byte[] pdf() {
    return ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] png() {
    byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};
    return Arrays.copyOf(header, 64);
  }

  static byte[] jpeg() {
    byte[] header = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'};
    return Arrays.copyOf(header, 64);
  }

  static byte[] html() {
    return "<!doctype html><script>alert(document.cookie)</script>"
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] svg() {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] windowsExecutable() {
    return Arrays.copyOf(new byte[] {'M', 'Z', (byte) 0x90, 0}, 128);
  }

  /** A PDF of exactly the given size. */
  static byte[] pdfOfSize(int size) {
    byte[] content = new byte[size];
    byte[] start = pdf();
    System.arraycopy(start, 0, content, 0, Math.min(start.length, size));
    return content;
  }
}

package org.foyer.forms.render;

import java.io.Writer;

/** Collects output up to a bound, so a template cannot build an unbounded string. */
final class BoundedWriter extends Writer {

  private final StringBuilder out;
  private final int maxChars;

  /** Writes into {@code buffer}, which is cleared first (callers reuse one per thread). */
  BoundedWriter(StringBuilder buffer, int maxChars) {
    this.out = buffer;
    this.out.setLength(0);
    this.maxChars = maxChars;
  }

  @Override
  public void write(char[] buffer, int offset, int length) {
    check(length);
    out.append(buffer, offset, length);
  }

  @Override
  public void write(String text) {
    check(text.length());
    out.append(text);
  }

  @Override
  public void write(String text, int offset, int length) {
    check(length);
    out.append(text, offset, offset + length);
  }

  private void check(int more) {
    if (out.length() + more > maxChars) {
      throw new RenderRefused("Template output exceeded " + maxChars + " characters");
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return out.toString();
  }
}

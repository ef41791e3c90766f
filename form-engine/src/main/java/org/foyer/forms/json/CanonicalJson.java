package org.foyer.forms.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * Canonical JSON: object keys sorted by code point, no insignificant whitespace, numbers in their
 * plain decimal form. Two documents that mean the same thing hash the same, whatever key order or
 * spacing they were written with; that is what makes content hashes of definitions and answers
 * stable across machines.
 */
public final class CanonicalJson {

  private CanonicalJson() {}

  public static String write(JsonNode node) {
    StringBuilder out = new StringBuilder(256);
    append(node, out);
    return out.toString();
  }

  public static String sha256(JsonNode node) {
    return sha256Hex(write(node).getBytes(StandardCharsets.UTF_8));
  }

  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime provides SHA-256", e);
    }
  }

  private static void append(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      Iterator<String> it = node.fieldNames();
      it.forEachRemaining(names::add);
      Collections.sort(names);
      out.append('{');
      for (int i = 0; i < names.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        appendString(names.get(i), out);
        out.append(':');
        append(node.get(names.get(i)), out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        append(node.get(i), out);
      }
      out.append(']');
    } else if (node.isTextual()) {
      appendString(node.textValue(), out);
    } else if (node.isBigDecimal() || node.isDouble() || node.isFloat()) {
      out.append(node.decimalValue().stripTrailingZeros().toPlainString());
    } else {
      out.append(node.toString());
    }
  }

  private static void appendString(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}

package org.foyer.forms.pack;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.foyer.forms.SampleForms;

/** Builds pack contents and zips for tests. */
final class Packs {

  static final String MANIFEST =
      "{\"id\":\"acme.mood\",\"name\":\"Mood screeners\",\"vendor\":\"Acme\",\"version\":\"1.2.0\","
          + "\"licence\":\"CC-BY-4.0\",\"engine\":\"[1.0,2.0)\"}";

  static Map<String, byte[]> valid() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("manifest.json", utf8(MANIFEST));
    files.put("forms/phq9.json", utf8(SampleForms.text("phq9.json")));
    files.put("messages_es.properties", utf8("greeting=Hola\n"));
    return files;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static InputStream zip(Map<String, byte[]> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ByteArrayInputStream(out.toByteArray());
  }
}

package org.foyer.admin.packs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.foyer.admin.forms.boundary.SampleBlueprints;
import org.foyer.forms.definition.FormKind;

/** Vendor pack zips, valid and broken, built the way a vendor's build would. */
public final class SamplePacks {

  private SamplePacks() {}

  /** A valid vendor pack with one published intake form. */
  public static byte[] vendorPack(String packKey, String formKey) {
    return zip(files(packKey, formKey));
  }

  public static Map<String, String> files(String packKey, String formKey) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "manifest.json",
        "{\"id\": \""
            + packKey
            + "\", \"name\": \"Vendor pack "
            + packKey
            + "\", \"vendor\": \"Acme Forms\", \"version\": \"1.2.0\","
            + " \"licence\": \"CC-BY-4.0\", \"engine\": \"[1.0,2.0)\"}");
    files.put(
        "forms/" + formKey + ".json",
        SampleBlueprints.previousTherapy()
            .toDefinitionJson(formKey, 1, FormKind.INTAKE)
            .replace("\"DRAFT\"", "\"PUBLISHED\""));
    return files;
  }

  public static byte[] zip(Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}

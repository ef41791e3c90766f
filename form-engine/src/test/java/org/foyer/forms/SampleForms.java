package org.foyer.forms;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.foyer.forms.definition.DefinitionReader;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.json.Json;

/** Test fixtures: the sample definitions under src/test/resources/forms. */
public final class SampleForms {

  private SampleForms() {}

  public static String text(String name) {
    try (InputStream in = SampleForms.class.getResourceAsStream("/forms/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode json(String name) {
    return (ObjectNode) Json.parse(text(name));
  }

  public static FormDefinition intake() {
    return new DefinitionReader().read(text("sample-intake.json"));
  }

  public static FormDefinition phq9() {
    return new DefinitionReader().read(text("phq9.json"));
  }

  public static FormDefinition gad7() {
    return new DefinitionReader().read(text("gad7.json"));
  }
}

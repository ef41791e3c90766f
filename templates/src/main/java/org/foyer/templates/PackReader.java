package org.foyer.templates;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.foyer.forms.definition.DefinitionProblem;
import org.foyer.forms.definition.DefinitionReader;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.InvalidDefinition;
import org.foyer.forms.json.Json;
import org.foyer.forms.json.MalformedJson;
import org.foyer.forms.render.FormRenderer;
import org.foyer.forms.scoring.ScoringReader;

/**
 * Reads a declarative pack (manifest, forms, layouts, message bundles) and checks all of it before
 * returning anything: every problem is reported at once with its file and JSON pointer, and an
 * invalid pack yields nothing.
 *
 * <p>Stands in for the engine's pack loader (issue 3), which is not written yet; when it lands this
 * class should delegate to it so vendors and the default pack share one loader.
 */
public final class PackReader {

  /** The engine version packs are checked against (the form-engine module's version). */
  public static final String ENGINE_VERSION = "0.1.0";

  private final String engineVersion;

  public PackReader() {
    this(ENGINE_VERSION);
  }

  public PackReader(String engineVersion) {
    this.engineVersion = engineVersion;
  }

  public TemplatePack read(PackSource source) {
    List<DefinitionProblem> problems = new ArrayList<>();
    Optional<JsonNode> manifestJson = json(source, ManifestReader.FILE, problems);
    if (manifestJson.isEmpty()) {
      throw new InvalidPack(problems);
    }
    PackManifest manifest = new ManifestReader(engineVersion, problems).read(manifestJson.get());
    if (manifest == null) {
      throw new InvalidPack(problems);
    }
    Map<String, String> layouts = layouts(source, manifest, problems);
    List<FormDefinition> forms = forms(source, manifest, layouts, problems);
    Map<String, Map<String, String>> messages = messages(source, manifest, problems);
    if (!problems.isEmpty()) {
      throw new InvalidPack(problems);
    }
    return new TemplatePack(manifest, forms, layouts, messages);
  }

  private static List<FormDefinition> forms(
      PackSource source,
      PackManifest manifest,
      Map<String, String> layouts,
      List<DefinitionProblem> problems) {
    DefinitionReader reader = new DefinitionReader();
    Map<String, String> fileOfId = new HashMap<>();
    List<FormDefinition> forms = new ArrayList<>();
    for (String path : manifest.forms()) {
      Optional<String> text = text(source, path, problems);
      if (text.isEmpty()) {
        continue;
      }
      FormDefinition form;
      try {
        form = reader.read(text.get());
      } catch (InvalidDefinition e) {
        e.problems().forEach(p -> problems.add(p.inFile(path)));
        continue;
      }
      List<DefinitionProblem> scoring = new ArrayList<>();
      new ScoringReader().read(form, scoring);
      scoring.forEach(p -> problems.add(p.inFile(path)));
      String earlier = fileOfId.putIfAbsent(form.id(), path);
      if (earlier != null) {
        problems.add(
            new DefinitionProblem(
                path, "/id", "form id \"" + form.id() + "\" is also used by " + earlier));
      }
      for (String locale : manifest.locales()) {
        if (!form.locales().contains(locale)) {
          problems.add(
              new DefinitionProblem(
                  path, "/locales", "the pack ships \"" + locale + "\" but this form does not"));
        }
      }
      form.layout()
          .filter(layout -> !layouts.containsKey(layout))
          .ifPresent(
              layout ->
                  problems.add(
                      new DefinitionProblem(
                          path, "/layout", "layout " + layout + " is not listed in the manifest")));
      forms.add(form);
    }
    return forms;
  }

  /** Loads the layouts and compiles them in the engine's sandbox, which refuses unsafe ones. */
  private static Map<String, String> layouts(
      PackSource source, PackManifest manifest, List<DefinitionProblem> problems) {
    Map<String, String> layouts = new LinkedHashMap<>();
    for (String path : manifest.layouts()) {
      if (path.startsWith("foyer/")) {
        problems.add(
            new DefinitionProblem(
                path, "", "the foyer/ folder is reserved for the engine's layouts"));
        continue;
      }
      text(source, path, problems).ifPresent(text -> layouts.put(path, text));
    }
    for (Map.Entry<String, String> layout : layouts.entrySet()) {
      try {
        new FormRenderer(Map.of(layout.getKey(), layout.getValue()));
      } catch (RuntimeException e) {
        problems.add(
            new DefinitionProblem(layout.getKey(), "", "unusable layout: " + e.getMessage()));
      }
    }
    return layouts;
  }

  private static Map<String, Map<String, String>> messages(
      PackSource source, PackManifest manifest, List<DefinitionProblem> problems) {
    Map<String, Map<String, String>> bundles = new HashMap<>();
    if (manifest.messages() == null) {
      return bundles;
    }
    for (String locale : manifest.locales()) {
      String path = manifest.messages() + "_" + locale + ".properties";
      Optional<String> text = text(source, path, problems);
      if (text.isEmpty()) {
        continue;
      }
      Properties properties = new Properties();
      try {
        properties.load(new StringReader(text.get()));
      } catch (IOException | IllegalArgumentException e) {
        problems.add(new DefinitionProblem(path, "", "not a properties file: " + e.getMessage()));
        continue;
      }
      Map<String, String> bundle = new HashMap<>();
      properties.stringPropertyNames().forEach(k -> bundle.put(k, properties.getProperty(k)));
      bundles.put(locale, bundle);
    }
    return bundles;
  }

  private static Optional<JsonNode> json(
      PackSource source, String path, List<DefinitionProblem> problems) {
    Optional<String> text = text(source, path, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.parse(text.get()));
    } catch (MalformedJson e) {
      problems.add(new DefinitionProblem(path, "", "not valid JSON: " + e.getMessage()));
      return Optional.empty();
    }
  }

  /** The file as UTF-8 text; a missing file or bad encoding is a problem on that file. */
  private static Optional<String> text(
      PackSource source, String path, List<DefinitionProblem> problems) {
    Optional<byte[]> bytes;
    try {
      bytes = source.read(path);
    } catch (InvalidPack e) {
      problems.addAll(e.problems());
      return Optional.empty();
    }
    if (bytes.isEmpty()) {
      problems.add(new DefinitionProblem(path, "", "file not found in the pack"));
      return Optional.empty();
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.get()))
              .toString());
    } catch (CharacterCodingException e) {
      problems.add(new DefinitionProblem(path, "", "is not valid UTF-8 text"));
      return Optional.empty();
    }
  }
}

package org.foyer.forms.pack;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.foyer.forms.definition.DefinitionReader;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.problems.DefinitionProblem;
import org.foyer.forms.definition.problems.InvalidDefinition;
import org.foyer.forms.json.Json;
import org.foyer.forms.json.MalformedJson;
import org.foyer.forms.render.FormRenderer;
import org.foyer.forms.render.RenderRefused;
import org.foyer.forms.scoring.ScoringReader;

/**
 * Validates every file of a pack and builds it, or rejects it with every problem found. Nothing is
 * installed here; {@link TemplatePacks} installs only what this returns.
 */
final class PackValidator {

  private final DefinitionReader reader = new DefinitionReader();
  private final ScoringReader scoring = new ScoringReader();

  TemplatePack validate(PackFiles files) {
    List<DefinitionProblem> problems = new ArrayList<>();
    Map<String, String> texts = new HashMap<>();
    for (Map.Entry<String, byte[]> file : files.all().entrySet()) {
      try {
        texts.put(file.getKey(), PackFiles.text(file.getKey(), file.getValue()));
      } catch (PackRejected e) {
        problems.addAll(e.problems());
      }
    }
    PackManifest manifest = null;
    String manifestText = texts.get(PackManifest.FILE);
    if (manifestText == null) {
      problems.add(new DefinitionProblem(PackManifest.FILE, "", "is missing"));
    } else {
      try {
        manifest = PackManifest.read(Json.parse(manifestText), problems);
      } catch (MalformedJson e) {
        problems.add(new DefinitionProblem(PackManifest.FILE, "", e.getMessage()));
      }
    }
    Map<String, String> layouts = new HashMap<>();
    texts.forEach(
        (path, text) -> {
          if (path.startsWith("layouts/")) {
            layouts.put(path, text);
          }
        });
    List<FormDefinition> forms = readForms(texts, layouts, problems);
    Map<String, Map<String, String>> messages = readMessages(texts, problems);
    FormRenderer renderer = null;
    try {
      renderer = new FormRenderer(layouts);
    } catch (RenderRefused e) {
      problems.add(new DefinitionProblem(layoutOf(e, layouts), "", e.getMessage()));
    } catch (RuntimeException e) {
      problems.add(
          new DefinitionProblem(
              layoutOf(e, layouts), "", "layout does not parse: " + e.getMessage()));
    }
    if (forms.isEmpty() && problems.isEmpty()) {
      problems.add(new DefinitionProblem("forms/", "", "a pack needs at least one form"));
    }
    if (!problems.isEmpty()) {
      throw new PackRejected(problems);
    }
    return new TemplatePack(manifest, forms, messages, renderer);
  }

  private List<FormDefinition> readForms(
      Map<String, String> texts, Map<String, String> layouts, List<DefinitionProblem> problems) {
    List<FormDefinition> forms = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Map.Entry<String, String> file : new java.util.TreeMap<>(texts).entrySet()) {
      if (!file.getKey().startsWith("forms/")) {
        continue;
      }
      try {
        FormDefinition form = reader.read(file.getValue());
        List<DefinitionProblem> formProblems = new ArrayList<>();
        scoring.read(form, formProblems);
        if (!ids.add(form.id())) {
          formProblems.add(
              DefinitionProblem.at(
                  "/id", "form id \"" + form.id() + "\" is used by another form in this pack"));
        }
        if (form.layout().isPresent() && !layouts.containsKey(form.layout().get())) {
          formProblems.add(
              DefinitionProblem.at(
                  "/layout", "no layout " + form.layout().get() + " in this pack"));
        }
        formProblems.forEach(p -> problems.add(p.inFile(file.getKey())));
        forms.add(form);
      } catch (InvalidDefinition e) {
        e.problems().forEach(p -> problems.add(p.inFile(file.getKey())));
      }
    }
    return forms;
  }

  private static Map<String, Map<String, String>> readMessages(
      Map<String, String> texts, List<DefinitionProblem> problems) {
    Map<String, Map<String, String>> messages = new HashMap<>();
    texts.forEach(
        (path, text) -> {
          if (!path.startsWith("messages")) {
            return;
          }
          String language =
              path.contains("_") ? path.substring(path.indexOf('_') + 1, path.indexOf('.')) : "";
          Properties properties = new Properties();
          try {
            properties.load(new StringReader(text));
          } catch (IOException | IllegalArgumentException e) {
            problems.add(new DefinitionProblem(path, "", "is not a valid properties file"));
            return;
          }
          Map<String, String> bundle = new HashMap<>();
          properties.stringPropertyNames().forEach(k -> bundle.put(k, properties.getProperty(k)));
          messages.put(language, Map.copyOf(bundle));
        });
    return messages;
  }

  private static String layoutOf(RuntimeException e, Map<String, String> layouts) {
    String message = String.valueOf(e.getMessage());
    return layouts.keySet().stream().filter(message::contains).findFirst().orElse("layouts/");
  }
}

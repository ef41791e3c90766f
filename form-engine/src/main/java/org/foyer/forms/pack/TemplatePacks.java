package org.foyer.forms.pack;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.problems.DefinitionProblem;
import org.foyer.forms.render.FormRenderer;

/**
 * The installed template packs. Installing validates the whole pack first and installs all of it or
 * nothing; pack ids and form ids must be unique across installed packs. Thread-safe.
 */
public final class TemplatePacks {

  private final PackLimits limits;
  private final PackValidator validator = new PackValidator();
  private final Map<String, TemplatePack> packs = new LinkedHashMap<>();
  private final Map<String, TemplatePack> bySha = new LinkedHashMap<>();

  public TemplatePacks() {
    this(PackLimits.DEFAULT);
  }

  public TemplatePacks(PackLimits limits) {
    this.limits = limits;
  }

  /** Installs every pack contributed through {@link TemplatePackProvider} on the class path. */
  public List<TemplatePack> installProviders(ClassLoader loader) {
    List<TemplatePack> installed = new ArrayList<>();
    for (TemplatePackProvider provider : ServiceLoader.load(TemplatePackProvider.class, loader)) {
      installed.add(install(provider.files()));
    }
    return installed;
  }

  public TemplatePack installZip(InputStream zip) {
    return install(PackFiles.fromZip(zip, limits));
  }

  public TemplatePack installDirectory(Path root) {
    return install(PackFiles.fromDirectory(root, limits));
  }

  /** Checks a pack without installing it; throws {@link PackRejected} with every problem. */
  public TemplatePack check(PackFiles files) {
    TemplatePack pack = validator.validate(files);
    synchronized (this) {
      conflicts(pack);
    }
    return pack;
  }

  public TemplatePack install(PackFiles files) {
    TemplatePack pack = validator.validate(files);
    synchronized (this) {
      conflicts(pack);
      packs.put(pack.manifest().id(), pack);
      pack.forms().forEach(f -> bySha.put(f.sha256(), pack));
    }
    return pack;
  }

  public synchronized List<TemplatePack> listPacks() {
    return List.copyOf(packs.values());
  }

  public synchronized Optional<TemplatePack> findPack(String id) {
    return Optional.ofNullable(packs.get(id));
  }

  public synchronized Optional<FormDefinition> findForm(String formId) {
    return packs.values().stream().flatMap(p -> p.findForm(formId).stream()).findFirst();
  }

  /**
   * The renderer holding a pack form's layouts, for {@code FormEngine}; null if not a pack form.
   */
  public synchronized FormRenderer rendererFor(FormDefinition definition) {
    TemplatePack pack = bySha.get(definition.sha256());
    return pack == null ? null : pack.renderer();
  }

  private void conflicts(TemplatePack pack) {
    List<DefinitionProblem> problems = new ArrayList<>();
    if (packs.containsKey(pack.manifest().id())) {
      problems.add(
          new DefinitionProblem(
              PackManifest.FILE,
              "/id",
              "a pack with id \"" + pack.manifest().id() + "\" is already installed"));
    }
    for (FormDefinition form : pack.forms()) {
      if (findForm(form.id()).isPresent()) {
        problems.add(
            new DefinitionProblem(
                "forms/",
                "/id",
                "form id \"" + form.id() + "\" is already provided by an installed pack"));
      }
    }
    if (!problems.isEmpty()) {
      throw new PackRejected(problems);
    }
  }
}

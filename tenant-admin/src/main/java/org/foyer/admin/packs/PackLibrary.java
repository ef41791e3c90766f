package org.foyer.admin.packs;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.foyer.forms.pack.PackFiles;
import org.foyer.forms.pack.PackLimits;
import org.foyer.forms.pack.TemplatePack;
import org.foyer.forms.pack.TemplatePacks;

/**
 * The engine's pack registries per set of installed packs. Each practice sees the built-in packs
 * (found through the engine's ServiceLoader SPI) plus its own vendor packs; validating and
 * compiling a pack is slow, so a registry is built once per distinct set (keyed by the zips'
 * SHA-256) and kept in a small cache. Registries never hold another practice's packs.
 */
@ApplicationScoped
public class PackLibrary {

  static final int CACHED_SETS = 64;

  private final Map<String, TemplatePacks> registries =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TemplatePacks> eldest) {
          return size() > CACHED_SETS;
        }
      };
  private Set<String> builtInKeys;

  /** Pack ids contributed by jars on the class path; they are always installed. */
  public synchronized Set<String> builtInKeys() {
    if (builtInKeys == null) {
      builtInKeys =
          registryFor(List.of()).listPacks().stream()
              .map(p -> p.manifest().id())
              .collect(Collectors.toUnmodifiableSet());
    }
    return builtInKeys;
  }

  /** The registry of the built-in packs plus the given vendor packs. */
  public synchronized TemplatePacks registryFor(List<InstalledPack> installed) {
    String key = installed.stream().map(InstalledPack::sha256).sorted().toList().toString();
    TemplatePacks registry = registries.get(key);
    if (registry == null) {
      registry = new TemplatePacks(PackLimits.DEFAULT);
      registry.installProviders(PackLibrary.class.getClassLoader());
      for (InstalledPack pack : installed) {
        registry.installZip(new ByteArrayInputStream(pack.archive()));
      }
      registries.put(key, registry);
    }
    return registry;
  }

  /** Validates an upload against the practice's packs; throws the engine's PackRejected. */
  public TemplatePack check(byte[] zip, List<InstalledPack> installed) {
    PackFiles files = PackFiles.fromZip(new ByteArrayInputStream(zip), PackLimits.DEFAULT);
    return registryFor(installed).check(files);
  }
}

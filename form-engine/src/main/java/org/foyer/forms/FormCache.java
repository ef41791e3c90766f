package org.foyer.forms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.foyer.forms.definition.FormDefinition;

/**
 * Compiled forms keyed by content hash, least recently used first out. Equal content compiles once
 * however many times the platform re-reads a definition from storage.
 */
final class FormCache {

  private final Map<String, CompiledForm> compiled;

  FormCache(int capacity) {
    this.compiled =
        new LinkedHashMap<>(64, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, CompiledForm> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized CompiledForm get(
      FormDefinition definition, Function<FormDefinition, CompiledForm> compile) {
    CompiledForm form = compiled.get(definition.sha256());
    if (form == null) {
      form = compile.apply(definition);
      compiled.put(definition.sha256(), form);
    }
    return form;
  }
}

package org.foyer.forms.render;

import java.io.Reader;
import java.io.StringReader;
import java.util.Map;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * Serves templates from an in-memory map: the engine's own layouts plus one pack's layouts. It is
 * the only loader configured, so {@code #parse} can never reach the file system or another pack.
 */
final class MapResourceLoader extends ResourceLoader {

  private final Map<String, String> templates;

  MapResourceLoader(Map<String, String> templates) {
    this.templates = Map.copyOf(templates);
  }

  @Override
  public void init(ExtProperties configuration) {}

  @Override
  public Reader getResourceReader(String source, String encoding) {
    String text = templates.get(source);
    if (text == null) {
      throw new ResourceNotFoundException("No template named " + source);
    }
    return new StringReader(text);
  }

  @Override
  public boolean isSourceModified(Resource resource) {
    return false;
  }

  @Override
  public long getLastModified(Resource resource) {
    return 0;
  }

  @Override
  public boolean resourceExists(String name) {
    return templates.containsKey(name);
  }
}

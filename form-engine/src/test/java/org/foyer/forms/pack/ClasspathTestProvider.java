package org.foyer.forms.pack;

import java.util.List;

/** A provider found through META-INF/services in the test class path. */
public class ClasspathTestProvider implements TemplatePackProvider {

  @Override
  public PackFiles files() {
    return PackFiles.fromClasspath(
        getClass().getClassLoader(), "testpack", List.of("manifest.json", "forms/gad7.json"));
  }
}

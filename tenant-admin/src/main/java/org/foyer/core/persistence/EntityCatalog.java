package org.foyer.core.persistence;

import java.util.List;

/**
 * Each module names its entities through this service (META-INF/services), so the one persistence
 * unit spans the modules that are present without any module listing another's classes.
 */
public interface EntityCatalog {

  List<Class<?>> entityClasses();
}

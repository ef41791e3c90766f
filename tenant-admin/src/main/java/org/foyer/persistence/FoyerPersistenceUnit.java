package org.foyer.persistence;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import javax.sql.DataSource;

/**
 * The persistence unit described in code rather than in a persistence.xml, so that the container
 * does not deploy a second, JTA-managed unit beside the one Foyer controls, and so that each module
 * contributes its entities through {@link EntityCatalog}.
 */
final class FoyerPersistenceUnit implements PersistenceUnitInfo {

  private final ClassLoader classLoader;
  private final List<String> classNames = new ArrayList<>();
  private final URL root;

  FoyerPersistenceUnit(ClassLoader classLoader) {
    this.classLoader = classLoader;
    URL firstRoot = null;
    for (EntityCatalog catalog : ServiceLoader.load(EntityCatalog.class, classLoader)) {
      for (Class<?> entity : catalog.entityClasses()) {
        classNames.add(entity.getName());
      }
      if (firstRoot == null) {
        firstRoot = catalog.getClass().getProtectionDomain().getCodeSource().getLocation();
      }
    }
    this.root = firstRoot;
  }

  @Override
  public String getPersistenceUnitName() {
    return "foyer";
  }

  @Override
  public String getPersistenceProviderClassName() {
    return "org.eclipse.persistence.jpa.PersistenceProvider";
  }

  @Override
  public PersistenceUnitTransactionType getTransactionType() {
    return PersistenceUnitTransactionType.RESOURCE_LOCAL;
  }

  @Override
  public DataSource getJtaDataSource() {
    return null;
  }

  @Override
  public DataSource getNonJtaDataSource() {
    return null;
  }

  @Override
  public List<String> getMappingFileNames() {
    return List.of();
  }

  @Override
  public List<URL> getJarFileUrls() {
    return List.of();
  }

  @Override
  public URL getPersistenceUnitRootUrl() {
    return root;
  }

  @Override
  public List<String> getManagedClassNames() {
    return classNames;
  }

  @Override
  public boolean excludeUnlistedClasses() {
    return true;
  }

  @Override
  public SharedCacheMode getSharedCacheMode() {
    return SharedCacheMode.NONE;
  }

  @Override
  public ValidationMode getValidationMode() {
    return ValidationMode.NONE;
  }

  @Override
  public Properties getProperties() {
    return new Properties();
  }

  @Override
  public String getPersistenceXMLSchemaVersion() {
    return "3.0";
  }

  @Override
  public ClassLoader getClassLoader() {
    return classLoader;
  }

  @Override
  public void addTransformer(ClassTransformer transformer) {
    // No load-time weaving: entities are used unwoven, so there is nothing to register.
  }

  @Override
  public ClassLoader getNewTempClassLoader() {
    return classLoader;
  }
}

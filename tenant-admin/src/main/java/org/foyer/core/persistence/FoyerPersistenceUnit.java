package org.foyer.core.persistence;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
    for (EntityCatalog catalog : ServiceLoader.load(EntityCatalog.class, classLoader)) {
      for (Class<?> entity : catalog.entityClasses()) {
        classNames.add(entity.getName());
      }
    }
    this.root = EMPTY_ROOT;
  }

  /**
   * EclipseLink opens the unit's root to look for mapping files. This unit has none, and the code
   * sources a container reports are not always archives EclipseLink can open (Payara's exploded WAR
   * answers "zip END header not found"), so the root is an empty directory of our own.
   */
  private static final URL EMPTY_ROOT = emptyRoot();

  private static URL emptyRoot() {
    try {
      Path directory = Files.createTempDirectory("foyer-persistence-unit");
      directory.toFile().deleteOnExit();
      return directory.toUri().toURL();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * For a process about to end without running its exit hooks, where deleteOnExit does nothing. No
   * unit may be created afterwards.
   */
  static void deleteEmptyRoot() {
    try {
      Files.deleteIfExists(Path.of(EMPTY_ROOT.toURI()));
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // Only an empty folder in the temporary directory stays behind.
    }
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

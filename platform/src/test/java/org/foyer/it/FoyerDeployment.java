package org.foyer.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds what an integration test deploys: the application exactly as packaged, so the container
 * tests exercise the artifact that ships rather than a hand-picked subset of classes.
 */
final class FoyerDeployment {

  private FoyerDeployment() {}

  static WebArchive packagedWar() {
    File war = new File(System.getProperty("foyer.war", "target/foyer.war"));
    return ShrinkWrap.create(ZipImporter.class, "foyer.war").importFrom(war).as(WebArchive.class);
  }
}

package org.foyer.it;

import java.net.URL;
import java.nio.file.Path;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A container test with a deployment of its own, started by Arquillian on managed Payara Micro: the
 * WAR exactly as packaged on a plain server, or with a resource a later release would ship (a new
 * consent version). Each subclass declares its {@code @Deployment}; each costs a server start, so
 * only tests that need their own deployment extend this.
 */
@ExtendWith(ArquillianExtension.class)
abstract class OwnDeploymentTest extends FoyerContainerTest {

  @ArquillianResource URL ownDeployment;

  @Override
  URL deployed() {
    DeployedDatabase.use(Path.of(System.getenv("FOYER_DATA_DIR")));
    return ownDeployment;
  }
}

package org.foyer.core.persistence;

import java.nio.file.Path;

/**
 * A stand-in for a Foyer server in its own JVM: opens the embedded database on the given directory,
 * says so, and runs until killed, so a test can kill -9 it and find its PostgreSQL orphaned.
 */
public final class OrphaningServer {

  static final String READY = "DATABASE-OPEN";

  private OrphaningServer() {}

  public static void main(String[] args) throws InterruptedException {
    Database.open(DatabaseSettings.embedded(Path.of(args[0])));
    System.out.println(READY);
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}

package org.foyer.core.runtime;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.foyer.core.persistence.PracticeCaches;
import org.foyer.core.persistence.PracticeChangeListener;

/**
 * Starts the listener that keeps the practices' cached settings honest once the schema is current.
 */
@ApplicationScoped
public class PracticeChangeListening {

  private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject FoyerRuntime runtime;
  @Inject PracticeCaches caches;

  private PracticeChangeListener listener;

  synchronized void start(@Observes DatabaseReady ready) {
    if (listener != null) {
      return;
    }
    listener =
        new PracticeChangeListener(runtime.database()::openAppConnection, caches, RETRY_AFTER);
    Thread thread = threads.newThread(listener);
    thread.setName("foyer-practice-changes");
    thread.start();
  }

  @PreDestroy
  synchronized void stop() {
    if (listener != null) {
      listener.stop();
    }
  }
}

package org.foyer.events;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * A CDI event that keeps what was fired, standing in for the container in service tests (one shared
 * recorder for every module's tests).
 */
public final class RecordedEvents<T> implements Event<T> {

  private final List<T> fired = new ArrayList<>();
  private final Consumer<T> observer;

  public RecordedEvents() {
    this(event -> {});
  }

  /**
   * Also delivers each event at once to one observer, as the container does synchronously, for
   * tests where the reaction belongs to the behaviour under test.
   */
  public RecordedEvents(Consumer<T> observer) {
    this.observer = observer;
  }

  public List<T> fired() {
    return fired;
  }

  public T last() {
    return fired.get(fired.size() - 1);
  }

  @Override
  public void fire(T event) {
    fired.add(event);
    observer.accept(event);
  }

  @Override
  public <U extends T> CompletionStage<U> fireAsync(U event) {
    fire(event);
    return CompletableFuture.completedFuture(event);
  }

  @Override
  public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
    return fireAsync(event);
  }

  @Override
  public Event<T> select(Annotation... qualifiers) {
    return this;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
    return (Event<U>) this;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
    return (Event<U>) this;
  }
}

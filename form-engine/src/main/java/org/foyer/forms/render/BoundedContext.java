package org.foyer.forms.render;

import java.util.HashMap;
import java.util.Map;
import org.apache.velocity.VelocityContext;

/**
 * A context that stops the render once its deadline passes. Velocity reads and writes the context
 * on every reference and every loop turn, so checking here bounds any template, even a loop that
 * outputs nothing.
 *
 * <p>One context is reused per thread and engine: Velocity keeps its introspection cache in the
 * context, and a fresh context per render re-discovered every property of every field each time
 * (most of the render cost). Only that cache survives; the data is replaced on each {@link #start}.
 */
final class BoundedContext extends VelocityContext {

  private long deadlineNanos;
  private int calls;

  BoundedContext() {
    super(new HashMap<>());
  }

  void start(Map<String, Object> model, long budgetNanos) {
    clear();
    for (Map.Entry<String, Object> e : model.entrySet()) {
      super.internalPut(e.getKey(), e.getValue());
    }
    this.calls = 0;
    this.deadlineNanos = System.nanoTime() + budgetNanos;
  }

  /** Drops the model after a render, so a pooled thread does not keep a client's answers. */
  void clear() {
    for (String key : internalGetKeys()) {
      super.internalRemove(key);
    }
  }

  @Override
  public Object internalGet(String key) {
    tick();
    return super.internalGet(key);
  }

  @Override
  public Object internalPut(String key, Object value) {
    tick();
    // #set can double a string each turn; refuse before it outgrows what could ever be written.
    if (value instanceof String s && s.length() > SandboxedVelocity.MAX_OUTPUT_CHARS) {
      throw new RenderRefused("Template built a string over the output bound");
    }
    return super.internalPut(key, value);
  }

  private void tick() {
    if ((++calls & 0x3f) == 0 && System.nanoTime() > deadlineNanos) {
      throw new RenderRefused("Template exceeded its render time");
    }
  }
}

package org.foyer.forms.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;

/**
 * A Velocity engine locked down for untrusted pack layouts: one in-memory loader, strict
 * references, the allow-list introspector, escaping by default, bounded loops, macro depth, output
 * size and render time, and a static check that refuses dangerous directives.
 */
public final class SandboxedVelocity {

  public static final int MAX_LOOPS = 1_000;
  public static final int MAX_OUTPUT_CHARS = 4_000_000;
  public static final Duration RENDER_BUDGET = Duration.ofSeconds(2);

  private final VelocityEngine engine;
  private final Duration budget;
  private final ThreadLocal<BoundedContext> contexts = ThreadLocal.withInitial(BoundedContext::new);
  // A form's HTML is tens of kilobytes; allocating (and zeroing) a fresh buffer per render showed
  // up in profiles, so each thread keeps one, trimmed back if a render made it very large.
  private static final ThreadLocal<StringBuilder> BUFFERS =
      ThreadLocal.withInitial(() -> new StringBuilder(128 * 1024));

  /**
   * An engine of the one template of that name beside the owner on the class path: the layouts
   * Foyer itself ships (emails, billing documents, error pages) go through the same checks and
   * escaping as a vendor's.
   */
  public static SandboxedVelocity ofResource(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("No template " + name + " beside " + owner.getName());
      }
      return new SandboxedVelocity(
          Map.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public SandboxedVelocity(Map<String, String> templates) {
    this(templates, RENDER_BUDGET);
  }

  public SandboxedVelocity(Map<String, String> templates, Duration budget) {
    this.budget = budget;
    Properties p = new Properties();
    p.put(RuntimeConstants.RESOURCE_LOADERS, "map");
    p.put("resource.loader.map.instance", new MapResourceLoader(templates));
    p.put("resource.loader.map.cache", "true");
    p.put(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
    p.put(RuntimeConstants.UBERSPECT_CLASSNAME, AllowListUberspector.class.getName());
    p.put(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, EscapeEverything.class.getName());
    p.put(RuntimeConstants.MAX_NUMBER_LOOPS, Integer.toString(MAX_LOOPS));
    p.put(RuntimeConstants.VM_MAX_DEPTH, "8");
    p.put(RuntimeConstants.PARSE_DIRECTIVE_MAXDEPTH, "4");
    p.put(RuntimeConstants.DEFINE_DIRECTIVE_MAXDEPTH, "4");
    p.put(RuntimeConstants.SPACE_GOBBLING, "lines");
    p.put("velocimacro.inline.local_scope", "true");
    engine = new VelocityEngine(p);
    engine.init();
    for (String name : templates.keySet()) {
      LayoutCheck.check(name, engine.getTemplate(name, "UTF-8"));
    }
  }

  /** Renders a template with a model made only of maps, lists, strings, numbers and booleans. */
  public String render(String templateName, Map<String, Object> model) {
    InertData.check(model);
    return renderChecked(templateName, model);
  }

  /**
   * Renders a model the engine built itself from maps, lists, strings, booleans and {@link
   * SafeHtml}; skipping the walk over it saves a tenth of a form's render time.
   */
  String renderChecked(String templateName, Map<String, Object> model) {
    StringBuilder buffer = BUFFERS.get();
    if (buffer.capacity() > 1024 * 1024) {
      buffer = new StringBuilder(128 * 1024);
      BUFFERS.set(buffer);
    }
    BoundedWriter out = new BoundedWriter(buffer, MAX_OUTPUT_CHARS);
    try {
      Template template = engine.getTemplate(templateName, "UTF-8");
      BoundedContext context = contexts.get();
      context.start(model, budget.toNanos());
      try {
        template.merge(context, out);
      } finally {
        context.clear();
      }
    } catch (RenderRefused e) {
      throw e;
    } catch (VelocityException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RenderRefused refused) {
        throw refused;
      }
      throw new RenderRefused("Template " + templateName + " failed: " + e.getMessage(), e);
    }
    return out.toString();
  }

  public boolean hasTemplate(String name) {
    return engine.resourceExists(name);
  }
}

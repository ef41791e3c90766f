package org.foyer.forms.render;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.velocity.runtime.directive.ForeachScope;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * On top of Velocity's secure introspector, lets templates call only a few read-only methods of the
 * inert types the engine puts in the context (maps, lists, strings, numbers, booleans) and of the
 * foreach scope. Anything else, including {@code getClass()}, resolves to nothing, which strict
 * mode turns into an error.
 */
public class AllowListUberspector extends SecureUberspector {

  private static final Set<String> MAP_METHODS = Set.of("get", "containsKey", "isEmpty", "size");
  private static final Set<String> LIST_METHODS = Set.of("get", "isEmpty", "size", "contains");
  private static final Set<String> STRING_METHODS =
      Set.of(
          "length",
          "isEmpty",
          "contains",
          "startsWith",
          "endsWith",
          "equals",
          "toUpperCase",
          "toLowerCase",
          "trim",
          "substring");
  private static final Set<String> VALUE_METHODS = Set.of("equals", "intValue", "booleanValue");
  private static final Set<String> FOREACH_PROPERTIES =
      Set.of("index", "count", "hasNext", "first", "last");

  @Override
  public VelMethod getMethod(Object obj, String methodName, Object[] args, Info i) {
    return allowedMethod(obj, methodName) ? super.getMethod(obj, methodName, args, i) : null;
  }

  @Override
  public VelPropertyGet getPropertyGet(Object obj, String identifier, Info i) {
    if (obj instanceof Map
        || (obj instanceof ForeachScope && FOREACH_PROPERTIES.contains(identifier))) {
      return super.getPropertyGet(obj, identifier, i);
    }
    return null;
  }

  @Override
  public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info i) {
    return null;
  }

  @Override
  public Iterator getIterator(Object obj, Info i) {
    if (obj instanceof Collection || obj instanceof Map) {
      return super.getIterator(obj, i);
    }
    return null;
  }

  private static boolean allowedMethod(Object obj, String name) {
    if (obj instanceof Map) {
      return MAP_METHODS.contains(name);
    }
    if (obj instanceof List) {
      return LIST_METHODS.contains(name);
    }
    if (obj instanceof String) {
      return STRING_METHODS.contains(name);
    }
    if (obj instanceof Number || obj instanceof Boolean) {
      return VALUE_METHODS.contains(name);
    }
    return obj instanceof ForeachScope && FOREACH_PROPERTIES.contains(name);
  }
}

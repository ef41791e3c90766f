package org.foyer.forms.render;

import java.util.Set;
import org.apache.velocity.Template;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Refuses directives a layout has no business using: {@code #evaluate} would run answer text as a
 * template; {@code #include}, {@code #define} and {@code #stop} are not needed and widen the
 * surface. Everything else ({@code #if}, {@code #foreach}, {@code #set}, {@code #macro}, {@code
 * #parse} of the pack's own layouts) stays inside the other bounds.
 */
final class LayoutCheck {

  private LayoutCheck() {}

  static void check(String name, Template template) {
    Object data = template.getData();
    if (data instanceof Node root) {
      walk(name, root);
    }
  }

  private static void walk(String name, Node node) {
    if (node instanceof ASTDirective directive
        && FORBIDDEN.contains(directive.getDirectiveName())) {
      throw new RenderRefused(
          "Template "
              + name
              + " uses #"
              + directive.getDirectiveName()
              + ", which layouts may not use (line "
              + node.getLine()
              + ")");
    }
    for (int i = 0; i < node.jjtGetNumChildren(); i++) {
      walk(name, node.jjtGetChild(i));
    }
  }

  private static final Set<String> FORBIDDEN = Set.of("evaluate", "include", "define", "stop");
}

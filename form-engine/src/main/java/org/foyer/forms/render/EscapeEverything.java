package org.foyer.forms.render;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escapes every value a template inserts, unless the engine marked it {@link SafeHtml}. Escaping by
 * default means a template author who forgets is safe, and a hostile one cannot opt out.
 */
public final class EscapeEverything implements ReferenceInsertionEventHandler {

  @Override
  public Object referenceInsert(Context context, String reference, Object value) {
    if (value == null || value instanceof SafeHtml) {
      return value;
    }
    return Html.escape(value.toString());
  }
}

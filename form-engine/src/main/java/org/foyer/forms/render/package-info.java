/**
 * Renders forms to accessible, script-free HTML through a sandboxed Velocity engine: only inert
 * data in the context, an allow-list introspector, escaping by default, bounded loops and time.
 */
package org.foyer.forms.render;

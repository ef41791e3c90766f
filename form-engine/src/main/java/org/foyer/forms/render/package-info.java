/**
 * Renders forms to accessible, script-free HTML through a sandboxed Velocity engine: only inert
 * data in the context, an allow-list introspector, escaping by default, bounded loops and time.
 *
 * <p>This package holds more than a dozen types on purpose: {@code SafeHtml} can be minted only
 * inside it (its factory is package-private), so markup that skipped escaping cannot come from
 * anywhere else. Splitting the package would mean making that factory public.
 */
package org.foyer.forms.render;

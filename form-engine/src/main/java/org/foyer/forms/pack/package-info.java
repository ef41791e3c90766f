/**
 * Template packs: the {@link org.foyer.forms.pack.TemplatePackProvider} SPI for jars, the reader
 * for declarative packs (zip or folder with a manifest), validation before install and the {@link
 * org.foyer.forms.pack.TemplatePacks} registry. Packs are untrusted input.
 */
package org.foyer.forms.pack;

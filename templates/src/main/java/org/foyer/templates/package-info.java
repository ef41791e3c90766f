/**
 * The default intake template pack: the forms a US therapy practice starts with, in English and
 * Spanish, shipped as a declarative pack under {@code org/foyer/templates/default} and contributed
 * to the engine through its {@code TemplatePackProvider} SPI.
 */
package org.foyer.templates;

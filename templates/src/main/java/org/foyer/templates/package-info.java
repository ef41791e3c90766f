/**
 * The default intake template pack: the forms a US therapy practice starts with, in English and
 * Spanish, shipped as declarative resources under {@code org/foyer/templates/default} (a manifest,
 * form definitions and message bundles) that any declarative pack loader can read.
 */
package org.foyer.templates;

/**
 * How scripts and styles are served: under content-versioned names, cached by browsers for a year.
 */
package org.foyer.core.web.resources;

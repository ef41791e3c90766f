/**
 * The one small hierarchy of business exceptions. They are unchecked, roll the unit of work back,
 * and say what was wrong with which value; the REST and Faces layers each translate them once.
 */
package org.foyer.core.errors;

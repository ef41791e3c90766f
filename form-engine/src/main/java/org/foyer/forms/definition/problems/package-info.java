/**
 * What the engine says when its input cannot be used: each precise problem (file, JSON pointer,
 * plain reason) and the refusals that carry all of them at once, for definitions and template packs
 * alike.
 */
package org.foyer.forms.definition.problems;

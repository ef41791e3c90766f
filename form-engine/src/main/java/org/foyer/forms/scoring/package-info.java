/**
 * Scoring: sums, reverse-scored items, severity bands and flags written as a small declarative JSON
 * expression form, parsed against an allow-list and evaluated without any script engine.
 */
package org.foyer.forms.scoring;

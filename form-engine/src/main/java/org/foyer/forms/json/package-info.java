/**
 * JSON plumbing shared by every feature: one configured Jackson mapper, canonical serialization
 * (sorted keys) and the SHA-256 fingerprints computed over it.
 */
package org.foyer.forms.json;

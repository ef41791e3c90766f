/**
 * Form definitions as data: the model ({@link org.foyer.forms.definition.FormDefinition}), its JSON
 * reader, the checks that report precise problems, content hashing and versioning. A definition is
 * built only here, by the reader after its checks, which is why the reader and the model share this
 * package; what a definition is made of lives in {@code layout} (pages, sections, fields) and
 * {@code rules} (conditions, prefills, audience).
 */
package org.foyer.forms.definition;

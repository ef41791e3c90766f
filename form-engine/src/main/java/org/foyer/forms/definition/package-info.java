/**
 * Form definitions as data: the model ({@link org.foyer.forms.definition.FormDefinition}), its JSON
 * reader, the checks that report precise problems, content hashing and versioning.
 */
package org.foyer.forms.definition;

/**
 * Turns a browser post or a JSON document into a typed answer document, applies the rules, and
 * validates it against the form's schema, reporting plain-language errors per field.
 */
package org.foyer.forms.validation;

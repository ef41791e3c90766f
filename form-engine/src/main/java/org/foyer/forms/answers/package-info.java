/**
 * The answer document a client fills in ({@link org.foyer.forms.answers.Answers}) and the
 * plain-language, per-field errors ({@link org.foyer.forms.answers.FieldError}) reported about it.
 */
package org.foyer.forms.answers;

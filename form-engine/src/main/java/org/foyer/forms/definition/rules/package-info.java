/**
 * What a form does beyond showing fields: the rules that show, hide or require fields on a
 * condition, the prefills from client facts, and the audience a form applies to.
 */
package org.foyer.forms.definition.rules;

/**
 * What a form shows: its pages, sections and fields with their widgets, options, signers and texts
 * in each language.
 */
package org.foyer.forms.definition.layout;

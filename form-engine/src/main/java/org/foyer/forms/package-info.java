/**
 * The form engine's entry point for the platform: {@link org.foyer.forms.FormEngine} runs the
 * pipeline populate, render, parse, validate, score, sign and PDF for one form definition.
 */
package org.foyer.forms;

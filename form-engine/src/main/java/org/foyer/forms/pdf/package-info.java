/**
 * PDF output through openhtmltopdf: a blank printable form and a completed form with answers,
 * scores, signature images and a signature certificate page; fonts embedded, nothing loaded from
 * outside, the same bytes for the same input.
 */
package org.foyer.forms.pdf;

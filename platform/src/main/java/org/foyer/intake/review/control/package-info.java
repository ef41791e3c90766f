/** The PDFs of completed forms and packets: their pages, headings and signature certificate. */
package org.foyer.intake.review.control;

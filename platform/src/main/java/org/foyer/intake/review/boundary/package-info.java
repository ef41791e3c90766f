/**
 * Staff review of submitted forms: the review list and page, acknowledgment, the completed and
 * blank PDFs, paper forms entered by staff, and keeping a form from a client's guardians.
 */
package org.foyer.intake.review.boundary;

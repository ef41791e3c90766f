/** The clinician's countersignature of a submitted form, on the review page and over REST. */
package org.foyer.intake.signing.boundary;

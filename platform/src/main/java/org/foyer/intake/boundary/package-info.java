/**
 * The intake workflow's services (the transaction boundaries: sending, filling in the portal,
 * review and acknowledgment), its REST resource and its Faces beans.
 */
package org.foyer.intake.boundary;

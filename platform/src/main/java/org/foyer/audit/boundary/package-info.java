/** The audit log as administrators read it: the review page, the API and the anchoring schedule. */
package org.foyer.audit.boundary;

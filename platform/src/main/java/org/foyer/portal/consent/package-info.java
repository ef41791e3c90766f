/**
 * The consent to electronic records and signatures (main entity {@link
 * org.foyer.portal.consent.ConsentAcceptance}): its versioned text, each portal login's acceptance
 * of a version, and asking again when a newer version is published.
 */
package org.foyer.portal.consent;

/**
 * The Contact Network's services: which profiles a login may act for ({@link
 * org.foyer.portal.account.boundary.ContactNetwork}) and which one it acts for now ({@link
 * org.foyer.portal.account.boundary.ActingFor}), the links staff manage ({@link
 * org.foyer.portal.account.boundary.ContactLinks}), who is told about a client, and what is kept
 * from guardians.
 */
package org.foyer.portal.account.boundary;

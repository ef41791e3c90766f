/**
 * Staff manage a client's contacts (service {@link org.foyer.contacts.boundary.ClientContacts}):
 * the REST resource and the Contacts section of the staff client page. The people and their links
 * are the Client Contact Network's ({@link org.foyer.portal.account.boundary.ContactLinks}), which
 * the portal checks on every request.
 */
package org.foyer.contacts.boundary;

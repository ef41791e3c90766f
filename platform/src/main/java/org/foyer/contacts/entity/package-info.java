/**
 * What staff send and see of a client's contacts ({@link org.foyer.contacts.entity.ContactDetails}
 * in, {@link org.foyer.contacts.entity.ContactView} out) and the contact's typed id. The entities
 * themselves are the Contact Network's, in {@link org.foyer.portal.account}.
 */
package org.foyer.contacts.entity;

/**
 * Portal accounts (main entity {@link org.foyer.portal.account.PortalAccount}): the logins of
 * clients and their contacts, and the Client Contact Network: the people around each client ({@link
 * org.foyer.portal.account.Contact}) and the links ({@link org.foyer.portal.account.ClientAccess})
 * that say who may act for which client profile, and with which permissions. The contacts feature
 * manages them for staff through {@link org.foyer.portal.account.ContactLinks}.
 */
package org.foyer.portal.account;

/**
 * Portal accounts (main entity {@link org.foyer.portal.account.PortalAccount}): the logins of
 * clients and their contacts, and the Client Contact Network that says which client profiles each
 * login may act for.
 */
package org.foyer.portal.account;

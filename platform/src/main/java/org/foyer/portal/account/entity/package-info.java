/**
 * The portal's tables: {@link org.foyer.portal.account.entity.PortalAccount} (one login), {@link
 * org.foyer.portal.account.entity.Contact} (a person around a client) and {@link
 * org.foyer.portal.account.entity.ClientAccess} (the link saying who may act for which client, with
 * which permissions).
 */
package org.foyer.portal.account.entity;

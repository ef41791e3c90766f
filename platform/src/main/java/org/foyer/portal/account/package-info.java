/**
 * Portal accounts: the logins of clients and their contacts, and the Client Contact Network: the
 * people around each client and the links that say who may act for which client profile, with which
 * permissions. This package holds what other features may use (profiles, permissions,
 * relationships, statuses); the services are in {@code boundary} and the tables in {@code entity}.
 */
package org.foyer.portal.account;

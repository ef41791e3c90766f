/**
 * Signing in to Foyer, for staff and portal logins alike: what other features hear of it (an
 * account holder and its kind, the events of signing in and of a paused account). The pages and the
 * authentication mechanism are in {@code boundary}, the identity stores and second factor in {@code
 * control}.
 */
package org.foyer.security.signin;

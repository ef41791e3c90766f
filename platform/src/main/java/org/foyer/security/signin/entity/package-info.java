/**
 * What signing in keeps to itself: the principal of a signed-in session, a pending second-factor
 * step and the stored second-factor credential.
 */
package org.foyer.security.signin.entity;

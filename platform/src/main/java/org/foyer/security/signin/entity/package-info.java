/**
 * What signing in is about: the account holder and its kind, the principal of a signed-in session,
 * a pending second-factor step, and the events of signing in and of a paused account.
 */
package org.foyer.security.signin.entity;

/**
 * How signing in works: identity stores per kind of account, password and second-factor checks,
 * throttling, known devices, the session registry and the sign-in audit.
 */
package org.foyer.security.signin.control;

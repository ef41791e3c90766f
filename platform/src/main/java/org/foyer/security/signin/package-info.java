/**
 * Signing in to a practice: the Jakarta Security mechanism that runs password and second-factor
 * steps, the identity stores per kind of account, the session's record of who is signed in, and the
 * pages' beans for signing in and out.
 */
package org.foyer.security.signin;

/**
 * The pages and the Jakarta Security mechanism of signing in: the sign-in page, second-factor
 * steps, signing out, the session's current account and the portal's security settings page.
 */
package org.foyer.security.signin.boundary;

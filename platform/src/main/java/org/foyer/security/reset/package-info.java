/**
 * Choosing a new password by email (main type {@link org.foyer.security.reset.PasswordResets}): a
 * single-use, short-lived link stored only as its hash, asked for without revealing which emails
 * have accounts, and the pages that ask for it and use it.
 */
package org.foyer.security.reset;

/**
 * The development-only mail viewer ({@code /p/{slug}/dev/mail}): captured mail of a practice with
 * its links, so a developer (or a browser test) can follow an invitation without a mail server.
 * Every address under {@code /dev/} answers 404 in production.
 */
package org.foyer.core.mail.dev;

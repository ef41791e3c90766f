/**
 * Second factor for staff sign-in: RFC 6238 time-based one-time passwords, their shared secret and
 * enrollment QR code, and single-use recovery codes for a lost authenticator.
 */
package org.foyer.security.totp;

/**
 * Password storage and strength rules: PBKDF2 hashes in a self-describing format, and the NIST
 * 800-63B policy (length and a list of common passwords, no composition rules).
 */
package org.foyer.security.password;

/**
 * Sign-in throttling: counts failed sign-ins per account and per client address and answers whether
 * the next attempt may proceed, with a progressive delay and then a temporary lock.
 */
package org.foyer.security.throttle;

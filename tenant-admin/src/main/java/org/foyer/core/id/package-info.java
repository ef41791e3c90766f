/**
 * Typed ids: each kind of record has its own id type (a client's id cannot be passed where a staff
 * member's is expected), read from text in one place, where a malformed id is simply not found.
 */
package org.foyer.core.id;

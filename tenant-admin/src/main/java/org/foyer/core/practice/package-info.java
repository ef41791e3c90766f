/**
 * The practices themselves: the registry of practices (the one table outside row-level security)
 * and the event that a new practice was registered.
 */
package org.foyer.core.practice;

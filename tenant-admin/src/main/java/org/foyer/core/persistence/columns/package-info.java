/**
 * How values that are not plain SQL types are kept in one column: instants as timestamps, optional
 * UUIDs, and lists and sets of names as JSON arrays. Every feature's entities share them.
 */
package org.foyer.core.persistence.columns;

/**
 * Which practice a request or a unit of work belongs to: the practice's identifiers and the
 * per-thread current practice that every unit of work applies.
 */
package org.foyer.core.tenancy;

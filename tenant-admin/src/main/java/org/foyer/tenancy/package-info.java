/**
 * Practices as tenants: the practice registry (main entity {@link org.foyer.tenancy.Practice}),
 * their identifiers and the per-thread current practice that every unit of work applies.
 */
package org.foyer.tenancy;

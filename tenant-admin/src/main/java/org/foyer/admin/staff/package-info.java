/**
 * The people who work at a practice (main entity {@link org.foyer.admin.staff.entity.StaffMember}):
 * their accounts, roles and sign-in factors. The pages and resource are in {@code boundary}, rules
 * shared with other features (permissions, accounts, seats) in {@code control}, the persistent
 * records in {@code entity}. This package holds what other features name: a staff member's id.
 */
package org.foyer.admin.staff;

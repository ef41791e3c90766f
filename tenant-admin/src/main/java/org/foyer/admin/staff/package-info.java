/**
 * The people who work at a practice (main entity {@link org.foyer.admin.staff.StaffMember}): their
 * accounts, roles and sign-in factors.
 */
package org.foyer.admin.staff;

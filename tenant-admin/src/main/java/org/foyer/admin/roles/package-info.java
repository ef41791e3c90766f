/**
 * Roles built from named capabilities (main entity {@link
 * org.foyer.admin.roles.entity.CustomRole}): a practice's custom roles, their assignment to staff,
 * and the Default Permissions every staff member holds.
 */
package org.foyer.admin.roles;

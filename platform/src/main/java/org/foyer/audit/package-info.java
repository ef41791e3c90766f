/**
 * The audit log as other features use it: the {@link org.foyer.audit.AuditRecord} of what happened
 * to whom, its {@link org.foyer.audit.AuditAction}, and the client's trail as {@link
 * org.foyer.audit.ActivityEvent}s. How the log stores and chains them stays in its entity and
 * control packages.
 */
package org.foyer.audit;

/**
 * Writing and checking the audit log: {@link org.foyer.audit.control.AuditLog} appends every
 * sign-in, read of a client record and change; {@link org.foyer.audit.control.AuditVerifier} walks
 * a practice's chain; the listeners record other features' events.
 */
package org.foyer.audit.control;

/**
 * The audit log: an append-only record of sign-ins, reads of client records and every change, one
 * SHA-256 hash chain per practice so that an edited, removed or reordered row shows at
 * verification. Main entity {@link org.foyer.audit.AuditEvent}; appended through {@link
 * org.foyer.audit.AuditLog}, checked by {@link org.foyer.audit.AuditVerifier}.
 */
package org.foyer.audit;

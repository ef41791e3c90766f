/**
 * Database plumbing shared by every feature: the tenant-owned mapped superclass, the unit of work
 * that binds one entity manager and one tenant to each transaction, and the database bootstrap
 * (embedded or external PostgreSQL, Flyway migrations, the restricted application role).
 */
package org.foyer.core.persistence;

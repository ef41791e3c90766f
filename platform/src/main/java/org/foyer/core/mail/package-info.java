/**
 * The transactional mail outbox (main entity {@link org.foyer.core.mail.OutboxMessage}): features
 * queue mail in the unit of work of the change that causes it, and a background sender on any
 * instance claims due messages, delivers them through a {@link org.foyer.core.mail.delivery.Mailer}
 * and retries with backoff.
 */
package org.foyer.core.mail;

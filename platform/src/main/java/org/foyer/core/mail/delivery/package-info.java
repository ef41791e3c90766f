/**
 * Delivery of outbox mail to the outside world: the {@link org.foyer.core.mail.delivery.Mailer}
 * seam with an SMTP implementation for production and a capturing one for development, chosen by
 * configuration ({@link org.foyer.core.mail.delivery.MailSettings}).
 */
package org.foyer.core.mail.delivery;

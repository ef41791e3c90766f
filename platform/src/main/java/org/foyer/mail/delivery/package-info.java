/**
 * Delivery of outbox mail to the outside world: the {@link org.foyer.mail.delivery.Mailer} seam
 * with an SMTP implementation for production and a capturing one for development, chosen by
 * configuration ({@link org.foyer.mail.delivery.MailSettings}).
 */
package org.foyer.mail.delivery;

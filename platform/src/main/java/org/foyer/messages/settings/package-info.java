/**
 * The practice's messaging settings (messaging on or off, who may receive clients' messages, the
 * auto-reply, office hours and the crisis notice), as a service, an API and a page; messaging reads
 * them through the service.
 */
package org.foyer.messages.settings;

/**
 * Messaging's services and REST resources: the one place that decides who may read and write which
 * conversation. The pages in {@code messages.pages} and the settings in {@code messages.settings}
 * go through these services.
 */
package org.foyer.messages.boundary;

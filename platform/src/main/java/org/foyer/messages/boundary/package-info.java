/**
 * Messaging's service, REST resource and pages: the one place that decides who may read and write
 * which conversation.
 */
package org.foyer.messages.boundary;

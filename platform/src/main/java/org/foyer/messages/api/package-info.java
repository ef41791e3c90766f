/**
 * Messaging's REST resources: conversations, their messages, drafts and attachments, for the portal
 * and for staff. Each answers through the services in {@code messages.boundary}.
 */
package org.foyer.messages.api;

/**
 * Messaging's published records of conversations: one opened with a page of its messages, a line of
 * an inbox and its filters, and what changed since a page last asked.
 */
package org.foyer.messages.conversations;

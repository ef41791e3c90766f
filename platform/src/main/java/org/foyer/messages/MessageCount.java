package org.foyer.messages;

/**
 * How many conversations hold messages the caller has not read.
 *
 * @param unread that number
 */
public record MessageCount(long unread) {}

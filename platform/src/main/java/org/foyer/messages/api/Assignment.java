package org.foyer.messages.api;

import java.util.UUID;

/**
 * Whom a conversation is assigned to.
 *
 * @param assignee a colleague's staff id; null to unassign
 */
public record Assignment(UUID assignee) {}

package org.foyer.messages.boundary;

import java.time.Instant;
import java.util.UUID;

/**
 * A conversation in a list: about whom, its subject, when it last moved, and whether the caller has
 * read everything in it.
 *
 * @param clientName the client's name as the practice addresses them
 */
public record ConversationSummary(
    UUID id,
    UUID clientId,
    String clientName,
    String subject,
    Instant startedAt,
    Instant lastMessageAt,
    boolean unread,
    boolean confidentialFromGuardians) {}

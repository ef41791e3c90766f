package org.foyer.messages.conversations;

import java.time.Instant;
import java.util.UUID;

/**
 * A conversation in a list: about whom, its subject, when it last moved, and whether the caller has
 * read everything in it.
 *
 * @param clientName the client's name as the practice addresses them
 * @param assignedTo the staff member triaging it (staff only; null for portal callers)
 * @param done marked done by staff (staff only)
 * @param flagged flagged by staff (staff only)
 * @param withOnly the one person acting for the client it is with ("Maria Rivera (Parent)"); null
 *     when it is with everyone whose link permits messages
 */
public record ConversationSummary(
    UUID id,
    UUID clientId,
    String clientName,
    String subject,
    Instant startedAt,
    Instant lastMessageAt,
    boolean unread,
    boolean confidentialFromGuardians,
    UUID assignedTo,
    boolean done,
    boolean flagged,
    String withOnly) {}

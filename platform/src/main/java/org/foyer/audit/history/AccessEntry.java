package org.foyer.audit.history;

import java.time.Instant;

/**
 * One event of a client's access history.
 *
 * @param seq where the event stands in the practice's audit chain; pages continue below it
 * @param who a member of staff's or a contact's name, the client's own name, or what the system
 *     calls itself; an address nobody in the practice answers to stays as it was typed
 * @param what the end of a sentence that begins with {@code who}: "opened Morgan Ellis's record"
 * @param refused whether the attempt was stopped (refused or failed): nothing was shown or changed
 * @param from the network address the request came from, empty when the system acted on its own
 */
public record AccessEntry(
    long seq, Instant at, String who, String what, boolean refused, String from) {}

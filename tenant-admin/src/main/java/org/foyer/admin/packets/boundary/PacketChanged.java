package org.foyer.admin.packets.boundary;

import java.util.UUID;

/**
 * An intake packet or one of its items changed. Fired inside the changing transaction; the
 * platform's audit observer records it in the same transaction.
 */
public record PacketChanged(UUID actor, UUID packetId, String detail) {}

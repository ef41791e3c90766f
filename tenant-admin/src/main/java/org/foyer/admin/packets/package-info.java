/**
 * Named intake packets (adult, minor, couples...), one of them the default, each an ordered list of
 * template pack forms and published practice intake forms that can be included or removed. Main
 * entity {@link org.foyer.admin.packets.entity.IntakePacket}; the service is {@link
 * org.foyer.admin.packets.boundary.IntakePackets}. This package holds what other features name: a
 * packet's id and where a packet's form comes from.
 */
package org.foyer.admin.packets;

package org.foyer.admin.packets;

/** Where a packet item's form comes from. */
public enum PacketItemSource {
  /** A form of an installed template pack, by pack id, form id and version. */
  PACK,
  /** A published version of one of the practice's own intake forms. */
  PRACTICE
}

package org.foyer.admin.packets.entity;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;

/** The intake packets feature's entities, contributed to the one persistence unit. */
public class PacketEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(IntakePacket.class, PacketItem.class);
  }
}

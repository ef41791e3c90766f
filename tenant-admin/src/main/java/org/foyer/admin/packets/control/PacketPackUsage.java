package org.foyer.admin.packets.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.foyer.admin.packs.PackUsage;

/** Tells the packs feature which open packets of the practice use a pack's forms. */
@ApplicationScoped
public class PacketPackUsage implements PackUsage {

  private EntityManager em;

  protected PacketPackUsage() {}

  @Inject
  public PacketPackUsage(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<String> packetsUsing(String packKey) {
    return em.createQuery(
            "SELECT DISTINCT p.name FROM IntakePacket p, PacketItem i"
                + " WHERE i.packetId = p.id AND p.archived = false AND i.packKey = :key"
                + " ORDER BY p.name",
            String.class)
        .setParameter("key", packKey)
        .getResultList();
  }
}

package org.foyer.admin.staff.control;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.foyer.admin.staff.entity.StaffStatus;
import org.foyer.admin.staff.entity.StaffSubscription;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;

/** Counts and adds staff seats inside the calling service's transaction. */
public class StaffSeats {

  private final EntityManager em;

  public StaffSeats(EntityManager em) {
    this.em = em;
  }

  public SeatUsage usage() {
    int seats =
        em.createQuery("SELECT s FROM StaffSubscription s", StaffSubscription.class)
            .getResultStream()
            .findFirst()
            .map(StaffSubscription::seats)
            .orElse(StaffSubscription.DEFAULT_SEATS);
    long used =
        em.createQuery("SELECT COUNT(s) FROM StaffMember s WHERE s.status IN :taking", Long.class)
            .setParameter("taking", List.of(StaffStatus.ACTIVE, StaffStatus.INVITED))
            .getSingleResult();
    return new SeatUsage(seats, used);
  }

  /** Refuses when every seat is taken by an active or invited member. */
  public void requireFreeSeat() {
    SeatUsage usage = usage();
    if (usage.free() == 0) {
      throw new Conflict(
          "All "
              + usage.seats()
              + " staff seats are in use. Deactivate someone or ask an organization administrator"
              + " to add seats.");
    }
  }

  public SeatUsage add(int count) {
    StaffSubscription subscription =
        em.createQuery("SELECT s FROM StaffSubscription s", StaffSubscription.class)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  StaffSubscription created = new StaffSubscription();
                  em.persist(created);
                  return created;
                });
    try {
      subscription.addSeats(count);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(e.getMessage(), Map.of("seats", e.getMessage()));
    }
    em.flush();
    return usage();
  }
}

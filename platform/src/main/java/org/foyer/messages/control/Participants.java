package org.foyer.messages.control;

import java.util.UUID;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;

/**
 * Who on the care team takes part in a client's conversations: the client's assigned clinician, and
 * staff holding {@link Capability#READ_ALL_CLIENT_MESSAGES} (front desk triaging the practice's
 * inbox, administrators). Other staff do not see the conversation at all. The client's side is
 * every portal login whose link permits messages, checked by the contact network.
 */
public final class Participants {

  private Participants() {}

  /** Whether this staff caller may read and answer the conversations of a client. */
  public static boolean staffTakesPart(Caller caller, UUID clinicianId) {
    return caller.isStaff()
        && (caller.can(Capability.READ_ALL_CLIENT_MESSAGES)
            || (clinicianId != null && clinicianId.equals(caller.accountId())));
  }

  /** Whether this staff caller sees every client's conversations, not only their own clients'. */
  public static boolean seesEveryClient(Caller caller) {
    return caller.can(Capability.READ_ALL_CLIENT_MESSAGES);
  }
}

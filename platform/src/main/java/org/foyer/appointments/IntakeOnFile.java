package org.foyer.appointments;

import java.util.UUID;

/**
 * Whether a client has submitted an intake packet, for the practice's rule that intake comes before
 * the first booking. The intake feature answers it; appointments asks through this interface so
 * that it never reads intake's tables (and intake, which depends on the portal, stays free to).
 */
public interface IntakeOnFile {

  /** True once every form of at least one intake packet sent to the client has been submitted. */
  boolean packetSubmitted(UUID clientId);
}

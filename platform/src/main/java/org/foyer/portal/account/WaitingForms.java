package org.foyer.portal.account;

import java.util.UUID;
import org.foyer.core.access.Caller;

/**
 * Whether a client profile has forms waiting, so a login with several profiles lands on one that
 * has something to do. The intake feature answers it; the portal cannot ask intake directly because
 * intake already depends on the portal's contact network.
 */
public interface WaitingForms {

  boolean anyWaiting(Caller caller, UUID clientId);
}

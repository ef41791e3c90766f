package org.foyer.portal.account;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.foyer.portal.account.boundary.GuardianPrivacy;

/**
 * Which of a client's intake forms staff keep from guardians ({@link GuardianPrivacy}), so that the
 * portal's activity view does not mention them to a contact. The intake feature answers it; the
 * portal cannot ask intake directly because intake already depends on the contact network.
 */
public interface KeptForms {

  Set<UUID> keptFromGuardians(UUID clientId, Collection<UUID> formIds);
}

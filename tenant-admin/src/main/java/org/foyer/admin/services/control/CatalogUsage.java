package org.foyer.admin.services.control;

import java.util.UUID;

/**
 * Whether something outside the catalogue refers to a service type or location, which decides
 * between deleting and archiving it. Features that refer to the catalogue (staff preferences today,
 * scheduling and billing later) each contribute one; the catalogue asks them all without knowing
 * their entities.
 */
public interface CatalogUsage {

  boolean usesServiceType(UUID serviceTypeId);

  boolean usesLocation(UUID locationId);
}

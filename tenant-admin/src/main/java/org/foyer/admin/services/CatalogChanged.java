package org.foyer.admin.services;

import java.util.UUID;

/**
 * A service type or location was added, revised, archived, restored or deleted. Fired inside the
 * changing transaction; the platform's audit log observes it synchronously.
 *
 * @param actor the email of the staff member who made the change
 * @param what for example "service type archived"
 * @param subject the id of the service type or location
 */
public record CatalogChanged(String actor, String what, UUID subject) {}

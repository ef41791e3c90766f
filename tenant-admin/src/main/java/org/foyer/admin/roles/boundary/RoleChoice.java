package org.foyer.admin.roles.boundary;

import java.util.UUID;

/** A custom role by its name, as other features offer it to choose from. */
public record RoleChoice(UUID id, String name) {}

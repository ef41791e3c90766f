package org.foyer.admin.services;

import java.util.UUID;

/** An active location as staff choose among them ("Main office (Office)"). */
public record LocationChoice(UUID id, String name, String kind) {}

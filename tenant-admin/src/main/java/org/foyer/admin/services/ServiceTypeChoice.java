package org.foyer.admin.services;

import java.util.UUID;

/** An active service type as staff choose among them ("Individual therapy (50 minutes)"). */
public record ServiceTypeChoice(UUID id, String name, int durationMinutes) {}

package org.foyer.admin.services;

import java.util.UUID;

/**
 * An active location as staff choose among them ("Main office (Office)").
 *
 * @param telehealth whether appointments there are held by video rather than in an office
 */
public record LocationChoice(UUID id, String name, String kind, boolean telehealth) {}

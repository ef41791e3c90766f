package org.foyer.intake.boundary;

import java.util.UUID;

/** What a sending did: the assignment, how many forms it holds and how many logins were told. */
public record SendResult(UUID assignmentId, int forms, int notified) {}

package org.foyer.portal.invitation;

/** Who an invitation link is for, as its acceptance page greets them. */
public record Invitee(String email, String displayName, String practiceName) {}

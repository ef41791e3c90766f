package org.foyer.admin.services.boundary;

import org.foyer.admin.services.entity.Removal;

/** What deleting a catalogue entry did: deleted, or archived because something uses it. */
public record RemovalOutcome(Removal outcome) {}

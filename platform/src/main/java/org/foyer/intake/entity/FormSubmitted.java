package org.foyer.intake.entity;

import java.util.UUID;

/**
 * Fired inside the submitting transaction once a form is locked with its answers; {@code flagged}
 * when a scoring flag (PHQ-9 item 9) was raised, so the clinician can be told at once.
 */
public record FormSubmitted(UUID clientId, UUID formId, boolean flagged) {}

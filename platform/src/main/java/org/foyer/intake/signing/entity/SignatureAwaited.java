package org.foyer.intake.signing.entity;

import java.util.UUID;

/**
 * Fired inside the signing transaction when a form several people sign moves on to its next signer,
 * so that person (and nobody else) is told it is their turn.
 */
public record SignatureAwaited(UUID clientId, UUID formId) {}

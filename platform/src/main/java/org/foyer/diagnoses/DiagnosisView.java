package org.foyer.diagnoses;

import java.time.Instant;
import java.util.UUID;

/** One standing diagnosis of a client. */
public record DiagnosisView(
    UUID id, UUID clientId, String code, String description, String enteredBy, Instant enteredAt) {}

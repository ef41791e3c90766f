/**
 * The intake workflow's entities: {@link org.foyer.intake.entity.AssignedForm} (one form sent to a
 * client, pinned to its exact definition, with draft, submission and acknowledgment), grouped by
 * {@link org.foyer.intake.entity.IntakeAssignment}. Who signs, in what order, lives in {@code
 * intake.signing.entity}.
 */
package org.foyer.intake.entity;

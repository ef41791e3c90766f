/**
 * The intake workflow's entities: {@link org.foyer.intake.entity.AssignedForm} (one form sent to a
 * client, pinned to its exact definition, with draft, submission and acknowledgment), grouped by
 * {@link org.foyer.intake.entity.IntakeAssignment}, and the signature marks submissions refer to.
 */
package org.foyer.intake.entity;

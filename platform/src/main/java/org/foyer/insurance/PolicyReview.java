package org.foyer.insurance;

/**
 * Staff's check of a policy, on the client page and through the API alike.
 *
 * @param details the policy as staff corrected it
 * @param outcome in use, sent back for a correction (with a note), or no longer in use
 * @param note what the client should correct; shown to them
 */
public record PolicyReview(PolicyDetails details, PolicyStatus outcome, String note) {}

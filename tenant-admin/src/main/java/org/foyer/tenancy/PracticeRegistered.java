package org.foyer.tenancy;

import java.util.UUID;

/** A practice was created with its first administrator; fired inside the creating transaction. */
public record PracticeRegistered(TenantId tenant, TenantSlug slug, UUID administratorId) {}

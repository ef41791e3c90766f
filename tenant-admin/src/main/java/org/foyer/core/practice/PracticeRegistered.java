package org.foyer.core.practice;

import java.util.UUID;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.tenancy.TenantSlug;

/** A practice was created with its first administrator; fired inside the creating transaction. */
public record PracticeRegistered(TenantId tenant, TenantSlug slug, UUID administratorId) {}

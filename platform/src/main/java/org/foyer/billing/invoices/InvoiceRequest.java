package org.foyer.billing.invoices;

import java.util.List;
import java.util.UUID;

/** A new draft invoice for a client, grouping some of their charges not yet on an invoice. */
public record InvoiceRequest(UUID clientId, List<UUID> chargeIds) {}

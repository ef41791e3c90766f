package org.foyer.billing.invoices;

import java.util.UUID;

/** A draft invoice was sent to its client; fired in the unit of work that sent it (autopay). */
public record InvoiceSent(UUID invoiceId, UUID clientId) {}

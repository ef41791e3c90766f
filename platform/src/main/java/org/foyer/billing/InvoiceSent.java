package org.foyer.billing;

import java.util.UUID;

/** A draft invoice was sent to its client; fired in the unit of work that sent it (autopay). */
public record InvoiceSent(UUID invoiceId, UUID clientId) {}

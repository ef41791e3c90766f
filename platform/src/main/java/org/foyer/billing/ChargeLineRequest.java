package org.foyer.billing;

/**
 * A charge staff enter by hand (a report, a missed fee agreed by phone), in minor units.
 *
 * @param amountCents more than zero
 */
public record ChargeLineRequest(long amountCents, String description) {}

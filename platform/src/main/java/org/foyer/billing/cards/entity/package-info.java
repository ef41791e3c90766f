/**
 * The tables of saved cards (the processor's token, brand, last four digits and expiry, never the
 * number) and of each client's autopay consent with the terms agreed to.
 */
package org.foyer.billing.cards.entity;

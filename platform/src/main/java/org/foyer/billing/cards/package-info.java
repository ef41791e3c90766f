/**
 * Billing's published records of saved cards and autopay: a card on file as its holder sees it
 * (never its number), what saving one takes, the client's autopay consent and its terms, and the
 * event of an automatic payment failing.
 */
package org.foyer.billing.cards;

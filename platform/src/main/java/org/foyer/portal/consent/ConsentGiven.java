package org.foyer.portal.consent;

/**
 * What the consent page sends when the person accepts: the version and language they were shown
 * (refused when a newer version appeared meanwhile), and where they accepted from.
 */
public record ConsentGiven(int version, String language, String address, String userAgent) {}

/**
 * The demo practice a development instance starts with, so a developer can sign in as every kind of
 * user at once. Never seeded in production (the launcher refuses {@code FOYER_DEMO} there).
 */
package org.foyer.demo;

/**
 * The practice's billing settings: its fees and how it takes cards (the processor and its sealed
 * secrets), as a service, an API and a page.
 */
package org.foyer.billing.settings;

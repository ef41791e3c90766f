/**
 * The tables of a practice's billing settings (fees, billing identity, the processor and its sealed
 * secrets) and of its clinicians' NPIs.
 */
package org.foyer.billing.settings.entity;

/** The client record seen as the form engine's facts: what forms are pre-filled from. */
package org.foyer.clients.control;

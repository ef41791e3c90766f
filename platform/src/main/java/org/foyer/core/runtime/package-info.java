/**
 * Starting Foyer: the launcher of the runnable jar, the settings every instance reads, the refusal
 * to run production on development defaults, and the database's lifecycle inside the application.
 */
package org.foyer.core.runtime;

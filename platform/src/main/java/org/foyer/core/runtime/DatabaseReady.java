package org.foyer.core.runtime;

/** Fired once at start-up when the database is migrated and the application may use it. */
public record DatabaseReady(RuntimeSettings settings) {}

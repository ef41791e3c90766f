package org.foyer.admin.preferences;

/**
 * A staff member changed their own preferences. Fired inside the changing transaction; the
 * platform's audit log observes it synchronously.
 *
 * @param actor the staff member's email
 * @param what for example "service types chosen (3)"
 */
public record PreferencesChanged(String actor, String what) {}

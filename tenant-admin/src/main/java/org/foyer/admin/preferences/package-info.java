/**
 * Each staff member's own preferences: the service types they offer ({@link
 * org.foyer.admin.preferences.ServiceOffer}), the locations they work at ({@link
 * org.foyer.admin.preferences.WorkLocation}) and the notifications they receive ({@link
 * org.foyer.admin.preferences.NotificationPreferences}). Only active catalogue entries of the staff
 * member's own practice can be chosen.
 */
package org.foyer.admin.preferences;

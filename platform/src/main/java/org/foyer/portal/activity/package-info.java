/**
 * The client's view of who at the practice opened or changed their record and documents ({@link
 * org.foyer.portal.activity.ClientActivity}), read from the audit log and told in plain words.
 */
package org.foyer.portal.activity;

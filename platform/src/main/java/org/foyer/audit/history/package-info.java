/**
 * Who reached one client's record: every event the audit log holds about the client, refusals
 * included, told in plain words with people's names and the address they came from, for staff who
 * hold "Review the audit log". The client's own, narrower view of the same trail is the portal's
 * activity page ({@code org.foyer.portal.activity}).
 */
package org.foyer.audit.history;

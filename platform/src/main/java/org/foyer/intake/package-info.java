/**
 * The intake workflow: staff send a packet (or a single form) to a client, the client fills it in
 * the portal (drafts, submission, signatures), staff review and acknowledge it and the completed
 * PDFs go to General Documents. Split into boundary, control and entity.
 */
package org.foyer.intake;

/**
 * The rules behind General Documents: what a file must be to be kept ({@link
 * org.foyer.documents.control.DocumentFiles}) and how content is sealed with a practice's data key
 * ({@link org.foyer.documents.control.DocumentVault}).
 */
package org.foyer.documents.control;

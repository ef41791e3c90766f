/**
 * General Documents as staff, the portal and other features reach them: {@link
 * org.foyer.documents.boundary.GeneralDocuments} files, lists and serves them, every download
 * audited; the staff page, the portal page and the API.
 */
package org.foyer.documents.boundary;

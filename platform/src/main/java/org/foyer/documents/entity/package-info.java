/**
 * General Documents' stored state: the document's metadata ({@link
 * org.foyer.documents.entity.GeneralDocument}), its sealed content kept apart, and the practice's
 * wrapped data keys.
 */
package org.foyer.documents.entity;

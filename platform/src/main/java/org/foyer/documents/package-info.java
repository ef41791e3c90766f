/**
 * A client's General Documents (service {@link org.foyer.documents.GeneralDocuments}): filed intake
 * PDFs and staff uploads, encrypted at rest, listed and downloaded by staff and through the portal,
 * every download audited. Entities live in {@code entity}, file rules and sealing in {@code
 * control}.
 */
package org.foyer.documents;

/**
 * A client's General Documents: filed intake PDFs and staff uploads, encrypted at rest, listed and
 * downloaded by staff and through the portal, every download audited. This package holds what other
 * features name ({@link org.foyer.documents.DocumentKind}); the service is in {@code boundary},
 * entities in {@code entity}, file rules and sealing in {@code control}.
 */
package org.foyer.documents;

package org.foyer.documents.boundary;

/** A document opened for download: its description and its verified plaintext. */
public record DocumentDownload(DocumentSummary summary, byte[] content) {}

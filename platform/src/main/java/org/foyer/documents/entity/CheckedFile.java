package org.foyer.documents.entity;

/**
 * A file that passed the document checks: a clean name, a type read from its content, its size and
 * the SHA-256 of its bytes (lower-case hex).
 */
public record CheckedFile(String fileName, String contentType, long sizeBytes, String sha256) {}

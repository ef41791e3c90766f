package org.foyer.insurance;

/** A photo of one side of an insurance card, as uploaded. */
public record CardPhoto(String fileName, byte[] content) {

  /** Whether a file was chosen at all: an empty file input sends a nameless, empty part. */
  public boolean isPresent() {
    return content != null && content.length > 0;
  }
}

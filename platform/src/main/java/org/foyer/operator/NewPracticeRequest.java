package org.foyer.operator;

/** The operator's request for a new practice and its first organization administrator. */
public record NewPracticeRequest(
    String slug,
    String name,
    String timeZone,
    String adminEmail,
    String adminName,
    String adminPassword) {

  @Override
  public String toString() {
    return "NewPracticeRequest[slug=" + slug + ", adminEmail=" + adminEmail + "]";
  }
}

package org.foyer.operator;

import org.foyer.admin.staff.boundary.PracticeRegistration.NewPractice;

/**
 * What the operator gets back for a new practice: its ids, its slug and where its first
 * administrator signs in.
 */
public record PracticeCreated(
    String id,
    String slug,
    String name,
    String administrator,
    String administratorId,
    String signIn) {

  static PracticeCreated of(NewPractice created) {
    String slug = created.practice().slug().value();
    return new PracticeCreated(
        created.practice().tenantId().toString(),
        slug,
        created.practice().name(),
        created.administrator().email(),
        created.administrator().id().toString(),
        signIn(slug));
  }

  static String signIn(String slug) {
    return "/p/" + slug + "/login";
  }
}

package org.foyer.security.signin;

/** Who signs in: staff of the practice, or people using its client portal. */
public enum AccountKind {
  STAFF("/staff/home"),
  PORTAL("/portal/home");

  private final String homePage;

  AccountKind(String homePage) {
    this.homePage = homePage;
  }

  public String homePage() {
    return homePage;
  }

  /** The group Jakarta Security reports for this kind of caller. */
  public String group() {
    return name();
  }
}

package org.foyer.security.signin.entity;

import jakarta.security.enterprise.credential.Credential;

/** A code from an authenticator app (or a recovery code) offered for a pending sign-in. */
public record TotpCredential(String code) implements Credential {

  @Override
  public String toString() {
    return "TotpCredential[code=***]";
  }
}

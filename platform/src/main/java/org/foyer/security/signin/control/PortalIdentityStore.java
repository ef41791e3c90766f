package org.foyer.security.signin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.foyer.security.signin.AccountKind;

/** Validates portal passwords of the current practice, after the staff store. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  @Inject PortalSignIn portal;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return portal
        .checkPassword(credential.getCaller(), credential.getPassword().getValue().clone())
        .map(
            principal ->
                new CredentialValidationResult(principal, Set.of(AccountKind.PORTAL.group())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  @Override
  public int priority() {
    return 20;
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return Set.of(ValidationType.VALIDATE);
  }
}

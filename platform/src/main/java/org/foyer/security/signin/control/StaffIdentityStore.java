package org.foyer.security.signin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.foyer.security.signin.AccountKind;

/** Validates staff passwords of the current practice; tried before the portal's store. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

  @Inject StaffSignIn staff;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return staff
        .checkPassword(credential.getCaller(), credential.getPassword().getValue().clone())
        .map(
            principal ->
                new CredentialValidationResult(principal, Set.of(AccountKind.STAFF.group())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  @Override
  public int priority() {
    return 10;
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return Set.of(ValidationType.VALIDATE);
  }
}

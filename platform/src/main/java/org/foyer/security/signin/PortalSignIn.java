package org.foyer.security.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.staff.StaffMember;
import org.foyer.persistence.Transactional;
import org.foyer.portal.account.PortalAccount;
import org.foyer.security.password.PasswordHash;
import org.foyer.security.signin.FoyerPrincipal.SecondFactor;

/**
 * The portal side of signing in. Clients' second factor (optional or required per practice) comes
 * with the onboarding work; until then portal sign-in is by password.
 */
@ApplicationScoped
@Transactional
public class PortalSignIn {

  private EntityManager em;
  private final PasswordHash passwords = new PasswordHash();

  protected PortalSignIn() {}

  @Inject
  public PortalSignIn(EntityManager em) {
    this.em = em;
  }

  @Transactional(readOnly = true)
  public Optional<FoyerPrincipal> checkPassword(String email, char[] password) {
    Optional<PortalAccount> account = findByEmail(email);
    Optional<String> hash = account.flatMap(PortalAccount::passwordHash);
    boolean matches =
        hash.isPresent() ? passwords.verify(password, hash.get()) : passwords.verifyDummy(password);
    Arrays.fill(password, '\0');
    return account
        .filter(a -> matches && a.canSignIn())
        .map(
            a ->
                new FoyerPrincipal(
                    AccountKind.PORTAL,
                    a.id(),
                    a.email(),
                    a.displayName(),
                    Set.of(),
                    a.sessionEpoch(),
                    SecondFactor.NONE));
  }

  @Transactional(readOnly = true)
  public boolean isCurrent(SignedIn signedIn) {
    PortalAccount account = em.find(PortalAccount.class, signedIn.accountId());
    return account != null
        && account.canSignIn()
        && account.sessionEpoch() == signedIn.sessionEpoch();
  }

  public void endAllSessions(UUID accountId) {
    PortalAccount account = em.find(PortalAccount.class, accountId);
    if (account != null) {
      account.endAllSessions();
    }
  }

  private Optional<PortalAccount> findByEmail(String email) {
    String normalised;
    try {
      normalised = StaffMember.normaliseEmail(email);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT a FROM PortalAccount a WHERE a.email = :email", PortalAccount.class)
        .setParameter("email", normalised)
        .getResultStream()
        .findFirst();
  }
}

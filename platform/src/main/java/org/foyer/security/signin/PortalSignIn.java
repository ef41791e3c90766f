package org.foyer.security.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.portal.PortalSettingsService;
import org.foyer.admin.staff.StaffMember;
import org.foyer.persistence.Transactional;
import org.foyer.portal.account.PortalAccount;
import org.foyer.security.password.PasswordHash;
import org.foyer.security.signin.FoyerPrincipal.SecondFactor;

/**
 * The portal side of signing in. While the practice has its client portal switched off, nobody
 * signs in to it and open portal sessions end at their next request. Clients' second factor
 * (optional or required per practice) comes with the onboarding work; until then portal sign-in is
 * by password.
 */
@ApplicationScoped
@Transactional
public class PortalSignIn {

  private EntityManager em;
  private PortalSettingsService settings;
  private final PasswordHash passwords = new PasswordHash();

  protected PortalSignIn() {}

  @Inject
  public PortalSignIn(EntityManager em, PortalSettingsService settings) {
    this.em = em;
    this.settings = settings;
  }

  @Transactional(readOnly = true)
  public Optional<FoyerPrincipal> checkPassword(String email, char[] password) {
    Optional<PortalAccount> account = findByEmail(email);
    Optional<String> hash = account.flatMap(PortalAccount::passwordHash);
    boolean matches =
        hash.isPresent() ? passwords.verify(password, hash.get()) : passwords.verifyDummy(password);
    Arrays.fill(password, '\0');
    boolean portalOpen = settings.current().portalEnabled();
    return account
        .filter(a -> matches && a.canSignIn() && portalOpen)
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
        && account.sessionEpoch() == signedIn.sessionEpoch()
        && settings.current().portalEnabled();
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

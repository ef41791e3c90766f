package org.foyer.security.signin;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.foyer.core.tenancy.TenantId;

/**
 * Kept in the HTTP session once sign-in completes. Serializable so session replication between
 * clustered instances carries it; the account's status and session epoch are rechecked against the
 * database on every request, so deactivation and "sign out everywhere" act at once.
 */
public record SignedIn(
    TenantId tenant,
    AccountKind kind,
    UUID accountId,
    String email,
    String displayName,
    Set<String> roles,
    int sessionEpoch)
    implements Serializable {

  public static final String ATTRIBUTE = SignedIn.class.getName();

  /** The groups reported to the container: the kind of account and its roles. */
  public Set<String> groups() {
    Set<String> groups = new HashSet<>(roles);
    groups.add(kind.group());
    return groups;
  }
}

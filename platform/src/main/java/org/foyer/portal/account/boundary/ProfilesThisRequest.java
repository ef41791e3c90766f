package org.foyer.portal.account.boundary;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.foyer.portal.account.ClientProfile;

/**
 * A portal login's client profiles as read once in this request. One portal page asks for them
 * several times (the home page's menu, the unread badge, the forms list, each service checking the
 * link again); reading them once per request still applies a revoked or narrowed link from the next
 * request on, which is the promise, without repeating the same reads within one. Outside a request
 * (scheduled work, plain unit tests) nothing is kept and every call reads.
 */
@RequestScoped
public class ProfilesThisRequest {

  private final Map<UUID, List<ClientProfile>> byAccount = new HashMap<>();

  /** The account's profiles, read by {@code read} the first time in this request. */
  static List<ClientProfile> of(
      ProfilesThisRequest memo, UUID accountId, Supplier<List<ClientProfile>> read) {
    if (memo == null) {
      return read.get();
    }
    try {
      return memo.profiles(accountId, read);
    } catch (ContextNotActiveException noRequest) {
      return read.get();
    }
  }

  // Called through the client proxy, which has no state of its own: never touch the map from
  // outside.
  public List<ClientProfile> profiles(UUID accountId, Supplier<List<ClientProfile>> read) {
    List<ClientProfile> kept = byAccount.get(accountId);
    if (kept == null) {
      kept = read.get();
      byAccount.put(accountId, kept);
    }
    return kept;
  }

  public void clear() {
    byAccount.clear();
  }

  /** Drops what this request read: a link was made or changed, so the next question reads again. */
  static void forget(ProfilesThisRequest memo) {
    if (memo == null) {
      return;
    }
    try {
      memo.clear();
    } catch (ContextNotActiveException noRequest) {
      // Nothing was kept.
    }
  }
}

package org.foyer.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One successful event of a client's trail, as the portal tells it to the client: who did what,
 * when, and on whose behalf. Chain hashes and addresses stay with the audit log.
 *
 * @param action empty for an action recorded by newer code than this instance runs
 * @param onBehalfOf set when a portal login acted for the client, else null
 */
public record ActivityEvent(
    long seq,
    Instant occurredAt,
    String actor,
    String onBehalfOf,
    Optional<AuditAction> action,
    String subject) {

  /**
   * The id that follows {@code noun} in the subject, as every feature writes it: {@code client <id>
   * document <id> downloaded} has the document id after "document". Empty when the subject names no
   * such thing or what follows is not an id.
   */
  public Optional<UUID> idOf(String noun) {
    String[] words = words();
    return words.length >= 4 && words[0].equals("client") && words[2].equals(noun)
        ? id(words[3])
        : Optional.empty();
  }

  /** The client the event is about: the id after "client" that begins its subject. */
  public Optional<UUID> clientId() {
    String[] words = words();
    return words.length >= 2 && words[0].equals("client") ? id(words[1]) : Optional.empty();
  }

  private String[] words() {
    return subject == null ? new String[0] : subject.split(" ");
  }

  private static Optional<UUID> id(String word) {
    try {
      return Optional.of(UUID.fromString(word));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}

package org.foyer.documents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.foyer.core.tenancy.TenantId;
import org.foyer.documents.entity.PracticeDataKey;
import org.foyer.security.crypto.MasterKey;
import org.foyer.security.crypto.Sealer;

/**
 * Seals and opens document content with the practice's data key (AES-256-GCM, a fresh nonce each
 * time). The associated data names the practice, the client and the document, so content copied
 * onto another row, client or practice does not open. Each practice's key is made on first use and
 * stored wrapped by the master key; if two instances race to make the first one, both keys are kept
 * (each opens what it sealed) and the older seals from then on.
 *
 * <p>Runs inside the caller's unit of work; data keys are unwrapped per use and never cached, so no
 * key outlives the request of its practice.
 */
@ApplicationScoped
public class DocumentVault {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int KEY_BYTES = 32;

  private EntityManager em;
  private MasterKey masterKey;
  private Clock clock;

  protected DocumentVault() {}

  @Inject
  public DocumentVault(EntityManager em, MasterKey masterKey, Clock clock) {
    this.em = em;
    this.masterKey = masterKey;
    this.clock = clock;
  }

  /** Content sealed with the key named by {@code keyId}. */
  public record Sealed(UUID keyId, byte[] bytes) {}

  /** Seals a document's plaintext with the practice's current data key. */
  public Sealed seal(TenantId practice, UUID clientId, UUID documentId, byte[] plaintext) {
    PracticeDataKey key = currentKey(practice);
    byte[] sealed =
        sealer(practice, key).sealBytes(plaintext, context(practice, clientId, documentId));
    return new Sealed(key.id(), sealed);
  }

  /**
   * Opens sealed content.
   *
   * @throws DocumentUnreadable when the key is missing or the content was altered or belongs to
   *     another document, client or practice
   */
  public byte[] open(TenantId practice, UUID keyId, UUID clientId, UUID documentId, byte[] sealed) {
    PracticeDataKey key = em.find(PracticeDataKey.class, keyId);
    if (key == null) {
      throw new DocumentUnreadable(documentId, "its data key is missing");
    }
    try {
      return sealer(practice, key).openBytes(sealed, context(practice, clientId, documentId));
    } catch (IllegalArgumentException e) {
      throw new DocumentUnreadable(documentId, "its content does not open");
    }
  }

  /**
   * Seals another feature's record (a message's body, a conversation's subject) with the same data
   * key. The context names what the bytes are ("conversation <id> message <id> body"); it is bound
   * as associated data, apart from documents' own contexts, so sealed text moved onto another row
   * does not open.
   */
  public Sealed sealRecord(TenantId practice, String context, byte[] plaintext) {
    PracticeDataKey key = currentKey(practice);
    return new Sealed(
        key.id(), sealer(practice, key).sealBytes(plaintext, recordContext(practice, context)));
  }

  /**
   * Opens what {@link #sealRecord} sealed under the same context.
   *
   * @throws DocumentUnreadable when the key is missing or the bytes were altered or moved
   */
  public byte[] openRecord(TenantId practice, UUID keyId, String context, byte[] sealed) {
    return openRecords(practice, List.of(new SealedRecord(keyId, context, sealed))).get(0);
  }

  /** A record to open: the key that sealed it, the context it was sealed under, its bytes. */
  public record SealedRecord(UUID keyId, String context, byte[] bytes) {}

  /**
   * Opens records as {@link #openRecord} does, in their order, reading and unwrapping each data key
   * once for the call: a page of messages costs one query for its keys, not one a message (a find
   * by id does not hit the persistence context of an entity whose key includes the practice).
   *
   * @throws DocumentUnreadable when a key is missing or a record was altered or moved
   */
  public List<byte[]> openRecords(TenantId practice, List<SealedRecord> records) {
    List<UUID> keyIds = records.stream().map(SealedRecord::keyId).distinct().toList();
    Map<UUID, Sealer> sealers = new HashMap<>();
    if (!keyIds.isEmpty()) {
      em.createQuery("SELECT k FROM PracticeDataKey k WHERE k.id IN :ids", PracticeDataKey.class)
          .setParameter("ids", keyIds)
          .getResultList()
          .forEach(key -> sealers.put(key.id(), sealer(practice, key)));
    }
    List<byte[]> opened = new ArrayList<>(records.size());
    for (SealedRecord record : records) {
      Sealer sealer = sealers.get(record.keyId());
      if (sealer == null) {
        throw new DocumentUnreadable(record.context(), "its data key is missing");
      }
      try {
        opened.add(sealer.openBytes(record.bytes(), recordContext(practice, record.context())));
      } catch (IllegalArgumentException e) {
        throw new DocumentUnreadable(record.context(), "it does not open");
      }
    }
    return opened;
  }

  private static String recordContext(TenantId practice, String context) {
    Objects.requireNonNull(practice, "practice");
    if (context == null || context.isBlank()) {
      throw new IllegalArgumentException("A sealed record needs a context naming it");
    }
    return "foyer record v1 practice " + practice + " " + context;
  }

  private PracticeDataKey currentKey(TenantId practice) {
    return em.createQuery(
            "SELECT k FROM PracticeDataKey k WHERE k.retiredAt IS NULL"
                + " ORDER BY k.createdAt, k.id",
            PracticeDataKey.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseGet(() -> newKey(practice));
  }

  private PracticeDataKey newKey(TenantId practice) {
    PracticeDataKey key = new PracticeDataKey(clock.instant());
    byte[] secret = new byte[KEY_BYTES];
    RANDOM.nextBytes(secret);
    try {
      key.wrap(new Sealer(masterKey.key()).seal(secret, wrapContext(practice, key.id())));
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
    em.persist(key);
    em.flush();
    return key;
  }

  private Sealer sealer(TenantId practice, PracticeDataKey key) {
    byte[] secret;
    try {
      secret = new Sealer(masterKey.key()).open(key.wrappedKey(), wrapContext(practice, key.id()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "Data key " + key.id() + " does not open with this installation's master key");
    }
    try {
      return new Sealer(new SecretKeySpec(secret, "AES"));
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  private static String wrapContext(TenantId practice, UUID keyId) {
    return "foyer data key v1 practice " + practice + " key " + keyId;
  }

  private static String context(TenantId practice, UUID clientId, UUID documentId) {
    Objects.requireNonNull(practice, "practice");
    return "foyer document v1 practice "
        + practice
        + " client "
        + Objects.requireNonNull(clientId, "client")
        + " document "
        + Objects.requireNonNull(documentId, "document");
  }
}

package org.foyer.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.foyer.clients.entity.Client;
import org.foyer.core.access.Caller;
import org.foyer.fixtures.Benchmarks;
import org.foyer.messages.boundary.ConversationLists;
import org.foyer.messages.control.PageSize;
import org.foyer.messages.conversations.ConversationPage;
import org.foyer.messages.conversations.ConversationSummary;
import org.foyer.messages.conversations.ConversationView;
import org.foyer.messages.entity.Conversation;
import org.foyer.messages.entity.Message;
import org.foyer.messages.entity.SenderKind;
import org.junit.jupiter.api.Test;

/**
 * Paging stays flat: a practice with 50,000 conversations about 2,000 clients, one of them 10,000
 * messages long, against a practice of two conversations. Asserts what holds on any machine (the
 * inbox and the conversation are read through the practice-led indexes, never a sequential scan;
 * the number of SQL statements does not grow with the data); prints the times, which are this
 * machine's.
 */
class MessagingBenchmarkTest {

  static final int CLIENTS = 2_000;
  static final int CONVERSATIONS = 50_000;
  static final int LONG_CONVERSATION = 10_000;

  /**
   * Sealing is a write's cost, not what is measured: only the newest rows, the ones the benchmark
   * opens (the first inbox pages, the newest hundred pages of messages), are sealed for real; older
   * rows carry bytes that would not open, which no read here reaches.
   */
  static final int SEALED = 2_500;

  static final byte[] NEVER_OPENED = new byte[64];

  final MessagingWorld large = new MessagingWorld("msg-large");
  final MessagingWorld small = new MessagingWorld("msg-small");

  @Test
  void inboxesAndALongConversationOpenAsFastAsSmallOnes() throws Exception {
    long seeding = System.nanoTime();
    seedClients();
    System.out.printf("Seeded clients in %d ms%n", (System.nanoTime() - seeding) / 1_000_000);
    seedConversations();
    System.out.printf("Seeded conversations in %d ms%n", (System.nanoTime() - seeding) / 1_000_000);
    UUID longOne = seedLongConversation();
    System.out.printf("Seeded messages in %d ms%n", (System.nanoTime() - seeding) / 1_000_000);
    ConversationSummary smallOne = smallPractice();

    // What each caller sees is what the indexes are asked for: the whole practice, and one
    // therapist's clients (a hundred of two thousand, and Jo and Sam).
    assertThat(inbox(large, large.triage).conversations()).hasSize(PageSize.DEFAULT);
    assertThat(inbox(large, large.therapist).conversations())
        .hasSize(PageSize.DEFAULT)
        .allMatch(c -> c.clientName().startsWith("Mine") || c.clientName().contains("Rivera"));
    ConversationView newest = open(large, longOne, null);
    assertThat(newest.messages()).hasSize(PageSize.DEFAULT);
    String deep = newest.earlier();
    for (int page = 0; page < 100; page++) {
      deep = open(large, longOne, deep).earlier();
    }
    String deepCursor = deep;
    assertThat(open(large, longOne, deepCursor).messages()).hasSize(PageSize.DEFAULT);

    int bigInbox = statements(large, () -> inbox(large, large.triage));
    int smallInbox = statements(small, () -> inbox(small, small.triage));
    int bigOpen = statements(large, () -> open(large, longOne, null));
    int smallOpen = statements(small, () -> open(small, smallOne.id(), null));
    System.out.printf(
        "Messaging SQL statements: inbox %d (small practice %d), open a conversation %d (small %d)%n",
        bigInbox, smallInbox, bigOpen, smallOpen);
    assertThat(bigInbox).isEqualTo(smallInbox);
    assertThat(bigOpen).isLessThanOrEqualTo(smallOpen);

    String inboxPlan =
        explain(
            "SELECT * FROM conversation WHERE tenant_id = ? ORDER BY last_message_at DESC, id DESC"
                + " LIMIT 21",
            large.tenant.value());
    String pagePlan =
        explain(
            "SELECT * FROM message WHERE tenant_id = ? AND conversation_id = ?"
                + " ORDER BY sent_at DESC, id DESC LIMIT 21",
            large.tenant.value(),
            longOne);
    String unreadPlan =
        explain(
            "SELECT c.id FROM conversation c WHERE c.tenant_id = ? AND NOT EXISTS (SELECT 1"
                + " FROM conversation_read r WHERE r.tenant_id = c.tenant_id"
                + " AND r.conversation_id = c.id AND r.reader_id = ?"
                + " AND r.read_at >= c.last_message_at)"
                + " ORDER BY c.last_message_at DESC, c.id DESC LIMIT 100",
            large.tenant.value(),
            large.triage.accountId());
    System.out.println("EXPLAIN (ANALYZE, BUFFERS), inbox page:\n" + inboxPlan);
    System.out.println("EXPLAIN (ANALYZE, BUFFERS), newest messages:\n" + pagePlan);
    System.out.println("EXPLAIN (ANALYZE, BUFFERS), unread count:\n" + unreadPlan);
    assertThat(inboxPlan)
        .contains("conversation_by_activity")
        .doesNotContain("Seq Scan on conversation");
    assertThat(pagePlan).contains("message_by_conversation").doesNotContain("Seq Scan on message");
    assertThat(unreadPlan)
        .contains("conversation_by_activity")
        .doesNotContain("Seq Scan on conversation");
    // Five thousand unread: the badge stops counting at a hundred ("99+"). The small practice's
    // desk has opened Jo's conversation above, not Sam's.
    assertThat(large.in(() -> large.lists.countUnread(large.triage, null)))
        .isEqualTo(ConversationLists.UNREAD_COUNTED);
    assertThat(small.in(() -> small.lists.countUnread(small.triage, null))).isEqualTo(1);

    Benchmarks.report(
        "Inbox, whole practice of " + CONVERSATIONS + " conversations",
        () -> inbox(large, large.triage));
    Benchmarks.report("Inbox, practice of 2 conversations", () -> inbox(small, small.triage));
    Benchmarks.report(
        "Inbox, a therapist's 100 of 2,000 clients", () -> inbox(large, large.therapist));
    Benchmarks.report(
        "Unread badge, whole practice of " + CONVERSATIONS + " conversations",
        () -> large.in(() -> large.lists.countUnread(large.triage, null)));
    Benchmarks.report(
        "Unread badge, practice of 2 conversations",
        () -> small.in(() -> small.lists.countUnread(small.triage, null)));
    Benchmarks.report(
        "Open the newest page of " + LONG_CONVERSATION + " messages",
        () -> open(large, longOne, null));
    Benchmarks.report(
        "Open a page 100 pages back in " + LONG_CONVERSATION + " messages",
        () -> open(large, longOne, deepCursor));
    Benchmarks.report("Open a conversation of 1 message", () -> open(small, smallOne.id(), null));
  }

  ConversationPage inbox(MessagingWorld world, Caller caller) {
    return world.in(() -> world.lists.listForStaff(caller, null, false, null, null));
  }

  ConversationView open(MessagingWorld world, UUID conversation, String cursor) {
    return world.in(() -> world.messaging.open(world.triage, conversation, cursor, null));
  }

  int statements(MessagingWorld world, Supplier<?> work) {
    return Benchmarks.statements(world.in(() -> Benchmarks.session(world.em)), work);
  }

  String explain(String sql, Object... parameters) {
    return large.in(() -> Benchmarks.explain(large.em, sql, parameters));
  }

  /** Two thousand clients; one in twenty is the therapist's ("Mine…"). */
  void seedClients() {
    large.in(
        () -> {
          for (int i = 0; i < CLIENTS; i++) {
            large.em.persist(
                new Client(
                    (i % 20 == 0 ? "Mine" : "Other") + i,
                    "Bench",
                    LocalDate.of(1980, 1, 1).plusDays(i),
                    false));
          }
          return null;
        });
    try (Connection c = owner(large)) {
      try (PreparedStatement mine =
          c.prepareStatement(
              "UPDATE client SET clinician_id = ? WHERE tenant_id = ? AND legal_first_name LIKE"
                  + " 'Mine%'")) {
        mine.setObject(1, large.therapist.accountId());
        mine.setObject(2, large.tenant.value());
        assertThat(mine.executeUpdate()).isEqualTo(CLIENTS / 20);
      }
      c.commit();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Fifty thousand conversations, sealed as the application seals them, written in batches; each
   * moved last within the past year, and nine in ten read by the triage desk.
   */
  void seedConversations() throws Exception {
    List<UUID> clients =
        large.in(
            () ->
                large
                    .em
                    .createQuery(
                        "SELECT c.id FROM Client c WHERE c.legalLastName = 'Bench' ORDER BY c.id",
                        UUID.class)
                    .getResultList());
    List<Conversation> conversations = new ArrayList<>(CONVERSATIONS);
    List<Instant> lastMoved = new ArrayList<>(CONVERSATIONS);
    large.in(
        () -> {
          for (int i = 0; i < CONVERSATIONS; i++) {
            Instant started = MessagingWorld.NOW.minus(Duration.ofMinutes(10L * i + 60));
            Conversation conversation =
                new Conversation(clients.get(i % CLIENTS), "seed@example.org", started);
            if (i < SEALED) {
              large.seal.sealSubject(conversation, "Question " + i);
            } else {
              conversation.sealSubject(conversations.get(0).keyId(), NEVER_OPENED);
            }
            conversations.add(conversation);
            lastMoved.add(started.plus(Duration.ofMinutes(i % 7)));
          }
          return null;
        });
    try (Connection c = owner(large)) {
      try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO conversation (tenant_id, id, version, client_id, key_id,"
                      + " subject_sealed, started_by, started_at, last_message_at)"
                      + " VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)");
          PreparedStatement read =
              c.prepareStatement(
                  "INSERT INTO conversation_read (tenant_id, id, version, conversation_id,"
                      + " reader_id, read_at) VALUES (?, ?, 1, ?, ?, ?)")) {
        for (int i = 0; i < CONVERSATIONS; i++) {
          Conversation conversation = conversations.get(i);
          insert.setObject(1, large.tenant.value());
          insert.setObject(2, conversation.id());
          insert.setObject(3, conversation.clientId());
          insert.setObject(4, conversation.keyId());
          insert.setBytes(5, conversation.subjectSealed());
          insert.setString(6, conversation.startedBy());
          insert.setTimestamp(7, Timestamp.from(conversation.startedAt()));
          insert.setTimestamp(8, Timestamp.from(lastMoved.get(i)));
          insert.addBatch();
          if (i % 10 != 0) {
            read.setObject(1, large.tenant.value());
            read.setObject(2, UUID.randomUUID());
            read.setObject(3, conversation.id());
            read.setObject(4, large.triage.accountId());
            read.setTimestamp(5, Timestamp.from(lastMoved.get(i)));
            read.addBatch();
          }
          if (i % 2_000 == 1_999) {
            insert.executeBatch();
            read.executeBatch();
          }
        }
        insert.executeBatch();
        read.executeBatch();
      }
      c.commit();
      analyze(c);
    }
  }

  /** A conversation of Jo's with ten thousand messages, a minute apart, both sides writing. */
  UUID seedLongConversation() throws Exception {
    ConversationSummary started =
        large.in(
            () ->
                large.messaging.start(
                    large.joLogin,
                    large.jo,
                    new NewConversation("A long story", "Message 0", large.jo, false, null)));
    Instant first = MessagingWorld.NOW.minus(Duration.ofDays(30));
    UUID keyId =
        large.in(
            () ->
                large
                    .em
                    .createQuery("SELECT c.keyId FROM Conversation c", UUID.class)
                    .setMaxResults(1)
                    .getSingleResult());
    List<Message> messages = new ArrayList<>(LONG_CONVERSATION);
    large.in(
        () -> {
          for (int i = 1; i < LONG_CONVERSATION; i++) {
            boolean staff = i % 2 == 0;
            Message message =
                new Message(
                    started.id(),
                    staff ? SenderKind.STAFF : SenderKind.PORTAL,
                    staff ? large.therapist.accountId() : large.joLogin.accountId(),
                    staff ? "rae@example.org" : "jo@example.org",
                    staff ? "Dr. Rae Lin" : "Jo Rivera",
                    null,
                    first.plus(Duration.ofMinutes(i)));
            if (i >= LONG_CONVERSATION - SEALED) {
              large.seal.sealBody(message, "Message " + i);
            } else {
              message.sealBody(keyId, NEVER_OPENED);
            }
            messages.add(message);
          }
          return null;
        });
    try (Connection c = owner(large)) {
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO message (tenant_id, id, version, conversation_id, sender_kind,"
                  + " sender_id, sender_email, sender_name, key_id, body_sealed, sent_at)"
                  + " VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        int n = 0;
        for (Message message : messages) {
          insert.setObject(1, large.tenant.value());
          insert.setObject(2, message.id());
          insert.setObject(3, message.conversationId());
          insert.setString(4, message.senderKind().name());
          insert.setObject(5, message.senderId());
          insert.setString(6, message.senderEmail());
          insert.setString(7, message.senderName());
          insert.setObject(8, message.keyId());
          insert.setBytes(9, message.bodySealed());
          insert.setTimestamp(10, Timestamp.from(message.sentAt()));
          insert.addBatch();
          if (++n % 2_000 == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      // The seeded messages are older than the first: the conversation moved last with it.
      c.commit();
      analyze(c);
    }
    return started.id();
  }

  ConversationSummary smallPractice() {
    small.in(
        () ->
            small.messaging.start(
                small.samLogin,
                small.sam,
                new NewConversation("Other", "Hello", small.sam, false, null)));
    return small.in(
        () ->
            small.messaging.start(
                small.joLogin,
                small.jo,
                new NewConversation("Hello", "Message 0", small.jo, false, null)));
  }

  /** The database's owner inside the practice: row security is forced on the owner too. */
  static Connection owner(MessagingWorld world) throws Exception {
    Connection c = MessagingWorld.db.database().openOwnerConnection();
    c.setAutoCommit(false);
    try (PreparedStatement tenancy =
        c.prepareStatement("SELECT set_config('foyer.tenant_id', ?, true)")) {
      tenancy.setString(1, world.tenant.value().toString());
      tenancy.execute();
    }
    return c;
  }

  static void analyze(Connection c) throws Exception {
    try (Statement analyze = c.createStatement()) {
      analyze.execute("ANALYZE conversation");
      analyze.execute("ANALYZE conversation_read");
      analyze.execute("ANALYZE message");
    }
    c.commit();
  }
}

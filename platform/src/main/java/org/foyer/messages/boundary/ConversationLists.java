package org.foyer.messages.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.messages.control.Cursor;
import org.foyer.messages.control.MessageSeal;
import org.foyer.messages.control.PageSize;
import org.foyer.messages.control.Participants;
import org.foyer.messages.conversations.ConversationPage;
import org.foyer.messages.conversations.ConversationSummary;
import org.foyer.messages.conversations.InboxFilter;
import org.foyer.messages.entity.Conversation;
import org.foyer.messages.entity.ConversationRead;
import org.foyer.messages.entity.Message;

/**
 * Lists of conversations and unread counts, for the portal (one client the caller acts for) and for
 * staff (their clients', or every client's with the capability). Pages are keyset pages by (last
 * message, id), newest first, on the indexes that lead with the practice, so a page of a 50,000
 * conversation inbox costs what a page of a small one does. Listing is not reading: only opening a
 * conversation is audited.
 */
@ApplicationScoped
public class ConversationLists {

  private EntityManager em;
  private Messaging messaging;
  private MessageSeal seal;
  private ClientRecords clients;

  protected ConversationLists() {}

  @Inject
  public ConversationLists(
      EntityManager em, Messaging messaging, MessageSeal seal, ClientRecords clients) {
    this.em = em;
    this.messaging = messaging;
    this.seal = seal;
    this.clients = clients;
  }

  /**
   * The conversations about one client a portal login acts for.
   *
   * @throws NotFound unless the caller's standing link to the client permits messages
   */
  @Transactional(readOnly = true)
  public ConversationPage listForPortal(
      Caller caller, UUID clientId, String cursor, Integer limit) {
    if (caller.kind() != Caller.Kind.PORTAL) {
      throw new NotFound(Messaging.CLIENT);
    }
    Messaging.Access access = messaging.requireAccess(caller, clientId);
    return page(
        caller,
        List.of(clientId),
        access.seesConfidential(),
        InboxFilter.of(clientId, false),
        cursor,
        limit);
  }

  /**
   * The staff member's inbox: their clients' conversations, or every client's with the capability;
   * one client's when {@code clientId} is given, only unread ones when asked.
   */
  @Transactional(readOnly = true)
  public ConversationPage listForStaff(
      Caller caller, UUID clientId, boolean unreadOnly, String cursor, Integer limit) {
    return listForStaff(caller, InboxFilter.of(clientId, unreadOnly), cursor, limit);
  }

  /**
   * The staff member's inbox filtered: by client, by clinician (their clients' conversations), by
   * unread, flagged, assigned to the caller, open or done. A clinician of another practice, or one
   * whose clients the caller does not see, simply gives an empty page.
   */
  @Transactional(readOnly = true)
  public ConversationPage listForStaff(
      Caller caller, InboxFilter filter, String cursor, Integer limit) {
    List<UUID> clientIds = staffClients(caller, filter.client());
    if (filter.clinician() != null) {
      List<UUID> ofClinician = clients.listClientIdsOfClinician(filter.clinician());
      clientIds =
          clientIds == null
              ? ofClinician
              : clientIds.stream().filter(Set.copyOf(ofClinician)::contains).toList();
    }
    if (clientIds != null && clientIds.isEmpty()) {
      PageSize.of(limit);
      Cursor.decode(cursor);
      return new ConversationPage(List.of(), null);
    }
    return page(caller, clientIds, true, filter, cursor, limit);
  }

  /**
   * Counting stops here: a badge says "99+" beyond. The newest unread conversations are found by
   * walking the inbox's own index, so the count costs the same for an inbox of fifty thousand as
   * for one of a hundred (unless nearly everything in it was read; see the README).
   */
  public static final int UNREAD_COUNTED = 100;

  /**
   * How many conversations have messages the caller has not read, up to {@link #UNREAD_COUNTED}:
   * about the client for a portal login (0 when its link does not permit messages), in the inbox
   * for staff.
   */
  @Transactional(readOnly = true)
  public long countUnread(Caller caller, UUID clientId) {
    List<UUID> clientIds;
    boolean seesConfidential = true;
    try {
      if (caller.isStaff()) {
        clientIds = staffClients(caller, null);
      } else {
        seesConfidential = messaging.portalSeesConfidential(caller, clientId);
        clientIds = List.of(clientId);
      }
    } catch (NotFound e) {
      return 0;
    }
    if (clientIds != null && clientIds.isEmpty()) {
      return 0;
    }
    List<String> where =
        conditions(
            clientIds,
            seesConfidential,
            !caller.isStaff(),
            new InboxFilter(null, null, true, false, false, null),
            null);
    TypedQuery<UUID> query =
        em.createQuery(
            "SELECT c.id FROM Conversation c WHERE "
                + String.join(" AND ", where)
                + " ORDER BY c.lastMessageAt DESC, c.id DESC",
            UUID.class);
    bind(query, caller, clientIds, null);
    return query.setMaxResults(UNREAD_COUNTED).getResultList().size();
  }

  /**
   * Those of the given conversations of the client a portal login does not take part in: kept from
   * guardians (for a contact), or held with another person acting for the client. For pages that
   * mention conversations (the client's activity) to leave out; the caller is checked by that
   * page's service.
   *
   * @param clientThemself the login is the client's own
   */
  @Transactional(readOnly = true)
  public Set<UUID> hiddenFrom(
      Caller caller, UUID clientId, boolean clientThemself, Collection<UUID> conversationIds) {
    if (conversationIds.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        em.createQuery(
                "SELECT c.id FROM Conversation c WHERE c.clientId = :client AND c.id IN :ids"
                    + " AND ("
                    + (clientThemself ? "" : "c.confidentialFromGuardians = TRUE OR ")
                    + "(c.addresseeAccountId IS NOT NULL AND c.addresseeAccountId <> :reader))",
                UUID.class)
            .setParameter("client", clientId)
            .setParameter("ids", List.copyOf(conversationIds))
            .setParameter("reader", caller.accountId())
            .getResultList());
  }

  /** Null for every client of the practice; else the clients whose conversations the staff see. */
  private List<UUID> staffClients(Caller caller, UUID clientId) {
    if (!caller.isStaff()) {
      throw new NotFound(Messaging.CONVERSATION);
    }
    if (clientId != null) {
      messaging.requireAccess(caller, clientId);
      return List.of(clientId);
    }
    return Participants.seesEveryClient(caller)
        ? null
        : clients.listClientIdsOfClinician(caller.accountId());
  }

  private ConversationPage page(
      Caller caller,
      List<UUID> clientIds,
      boolean seesConfidential,
      InboxFilter filter,
      String cursorText,
      Integer limit) {
    int size = PageSize.of(limit);
    Cursor cursor = Cursor.decode(cursorText);
    List<String> where = conditions(clientIds, seesConfidential, !caller.isStaff(), filter, cursor);
    TypedQuery<Conversation> query =
        em.createQuery(
            "SELECT c FROM Conversation c"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY c.lastMessageAt DESC, c.id DESC",
            Conversation.class);
    bind(query, caller, clientIds, cursor);
    List<Conversation> rows = query.setMaxResults(size + 1).getResultList();
    boolean more = rows.size() > size;
    List<Conversation> shown = more ? rows.subList(0, size) : rows;
    Map<UUID, Instant> marks = readMarks(caller, shown);
    Map<UUID, ClientIdentity> identities =
        clients.findIdentities(shown.stream().map(Conversation::clientId).distinct().toList());
    List<String> subjects = seal.subjects(shown);
    List<ConversationSummary> summaries = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      Conversation conversation = shown.get(i);
      Instant read = marks.get(conversation.id());
      summaries.add(
          summaryOf(
              conversation,
              identities.get(conversation.clientId()),
              subjects.get(i),
              read == null || read.isBefore(conversation.lastMessageAt()),
              caller.isStaff()));
    }
    Conversation last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
    return new ConversationPage(
        summaries, more ? new Cursor(last.lastMessageAt(), last.id()).encode() : null);
  }

  /**
   * @param portal the caller is a portal login: conversations staff hold with another person acting
   *     for the client are left out
   */
  private static List<String> conditions(
      List<UUID> clientIds,
      boolean seesConfidential,
      boolean portal,
      InboxFilter filter,
      Cursor cursor) {
    List<String> where = new ArrayList<>();
    if (clientIds != null) {
      where.add("c.clientId IN :clients");
    }
    if (!seesConfidential) {
      where.add("c.confidentialFromGuardians = FALSE");
    }
    if (portal) {
      where.add("(c.addresseeAccountId IS NULL OR c.addresseeAccountId = :reader)");
    }
    if (filter.flagged()) {
      where.add("c.flagged = TRUE");
    }
    if (filter.assignedToMe()) {
      where.add("c.assignedTo = :me");
    }
    if (filter.status() == InboxFilter.Status.OPEN) {
      where.add("c.doneAt IS NULL");
    } else if (filter.status() == InboxFilter.Status.DONE) {
      where.add("c.doneAt IS NOT NULL");
    }
    if (filter.unread()) {
      where.add(
          "NOT EXISTS (SELECT r FROM ConversationRead r WHERE r.conversationId = c.id"
              + " AND r.readerId = :reader AND r.readAt >= c.lastMessageAt)");
    }
    if (cursor != null) {
      // The first bound lets the index range-scan; the second breaks ties at the same instant.
      where.add("c.lastMessageAt <= :at AND (c.lastMessageAt < :at OR c.id < :id)");
    }
    return where;
  }

  private static void bind(
      TypedQuery<?> query, Caller caller, List<UUID> clientIds, Cursor cursor) {
    if (clientIds != null) {
      query.setParameter("clients", clientIds);
    }
    if (query.getParameters().stream().anyMatch(p -> "reader".equals(p.getName()))) {
      query.setParameter("reader", caller.accountId());
    }
    if (query.getParameters().stream().anyMatch(p -> "me".equals(p.getName()))) {
      query.setParameter("me", caller.accountId());
    }
    if (cursor != null) {
      query.setParameter("at", cursor.at()).setParameter("id", cursor.id());
    }
  }

  private Map<UUID, Instant> readMarks(Caller caller, List<Conversation> conversations) {
    if (conversations.isEmpty() || caller.accountId() == null) {
      return Map.of();
    }
    return em.createQuery(
            "SELECT r FROM ConversationRead r WHERE r.readerId = :reader"
                + " AND r.conversationId IN :conversations",
            ConversationRead.class)
        .setParameter("reader", caller.accountId())
        .setParameter("conversations", conversations.stream().map(Conversation::id).toList())
        .getResultStream()
        .collect(Collectors.toMap(ConversationRead::conversationId, ConversationRead::readAt));
  }

  /** A page of a conversation's messages, newest first, and the cursor of the page before it. */
  record MessageRows(List<Message> messages, String earlier) {}

  static MessageRows messagesBefore(
      EntityManager em, UUID conversationId, String cursorText, Integer limit) {
    int size = PageSize.of(limit);
    Cursor cursor = Cursor.decode(cursorText);
    TypedQuery<Message> query =
        em.createQuery(
            "SELECT m FROM Message m WHERE m.conversationId = :conversation"
                + (cursor == null ? "" : " AND m.sentAt <= :at AND (m.sentAt < :at OR m.id < :id)")
                + " ORDER BY m.sentAt DESC, m.id DESC",
            Message.class);
    query.setParameter("conversation", conversationId);
    if (cursor != null) {
      query.setParameter("at", cursor.at()).setParameter("id", cursor.id());
    }
    List<Message> rows = query.setMaxResults(size + 1).getResultList();
    boolean more = rows.size() > size;
    List<Message> shown = more ? rows.subList(0, size) : rows;
    Message oldest = shown.isEmpty() ? null : shown.get(shown.size() - 1);
    return new MessageRows(
        List.copyOf(shown), more ? new Cursor(oldest.sentAt(), oldest.id()).encode() : null);
  }

  /** The summary; triage state only for staff, since it is the practice's own business. */
  static ConversationSummary summaryOf(
      Conversation conversation,
      ClientIdentity client,
      String subject,
      boolean unread,
      boolean staff) {
    return new ConversationSummary(
        conversation.id(),
        conversation.clientId(),
        client == null ? "" : client.displayName(),
        subject,
        conversation.startedAt(),
        conversation.lastMessageAt(),
        unread,
        conversation.confidentialFromGuardians(),
        staff ? conversation.assignedTo() : null,
        staff && conversation.done(),
        staff && conversation.flagged(),
        conversation.addresseeLabel());
  }
}

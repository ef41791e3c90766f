package org.foyer.messages.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.messages.MessageRecipients;
import org.foyer.messages.control.MessageSeal;
import org.foyer.messages.entity.Conversation;
import org.foyer.messages.entity.Message;
import org.foyer.messages.entity.MessagingSettings;
import org.foyer.messages.entity.SenderKind;
import org.foyer.messages.settings.MessagingSettingsService;

/**
 * What the practice's messaging settings mean for {@link Messaging}: a practice that turned
 * messaging off is, to portal logins, a practice without messages (404), while staff keep reading
 * the history but no one writes; with {@link MessageRecipients#CLINICIAN} staff who read every
 * conversation do not answer those of a client who has a clinician; and the automatic reply goes
 * out once a conversation, to the first message from the client's side sent outside office hours.
 */
@ApplicationScoped
public class MessagingRules {

  public static final String OFF =
      "Messages are turned off for the practice: conversations can be read" + " but not answered";
  public static final String CLINICIAN_ANSWERS =
      "The practice's clients write to their clinician only: the clinician answers this client";
  static final String AUTOMATIC = "automatic reply";

  private EntityManager em;
  private MessagingSettingsService settings;
  private MessageSeal seal;
  private AuditLog audit;

  protected MessagingRules() {}

  @Inject
  public MessagingRules(
      EntityManager em, MessagingSettingsService settings, MessageSeal seal, AuditLog audit) {
    this.em = em;
    this.settings = settings;
    this.seal = seal;
    this.audit = audit;
  }

  /** Whether clients and contacts may use messages now. */
  public boolean portalMessagingOn() {
    return settings.current().enabled();
  }

  /**
   * @throws NotFound for a portal caller while messaging is off
   */
  void requirePortalMessaging() {
    if (!portalMessagingOn()) {
      throw new NotFound("Messages");
    }
  }

  /**
   * @throws Refused when the staff caller may read the client's conversations but not write in them
   *     now
   */
  void requireMayWrite(Caller caller, UUID clinicianId) {
    if (!caller.isStaff()) {
      return;
    }
    MessagingSettings current = settings.current();
    if (!current.enabled()) {
      throw new Refused(OFF);
    }
    if (!staffMayWrite(current, caller, clinicianId)) {
      throw new Refused(CLINICIAN_ANSWERS);
    }
  }

  /** Whether this staff caller, who takes part in the client's conversations, may write in them. */
  public boolean staffMayWrite(Caller caller, UUID clinicianId) {
    return staffMayWrite(settings.current(), caller, clinicianId);
  }

  private static boolean staffMayWrite(MessagingSettings current, Caller caller, UUID clinicianId) {
    return current.enabled()
        && (current.recipients() == MessageRecipients.CLINICIAN_AND_FRONT_DESK
            || clinicianId == null
            || clinicianId.equals(caller.accountId()));
  }

  /**
   * After a message from the client's side: the practice's automatic reply, if it has one, the
   * message was sent outside office hours and the conversation has had none yet. The reply is a
   * message from the practice, labelled as automatic, one microsecond after the message it answers
   * so that it always follows it.
   */
  void afterClientMessage(Conversation conversation, Message message) {
    MessagingSettings current = settings.current();
    if (current.autoReply().isBlank()
        || settings.officeHours().isOpenAt(message.sentAt())
        || conversation.autoRepliedAt() != null) {
      return;
    }
    Instant at = message.sentAt().plusNanos(1000);
    conversation.autoReplied(at);
    Practice practice = em.find(Practice.class, Tenancy.require().value());
    Message reply =
        new Message(
            conversation.id(),
            SenderKind.PRACTICE,
            practice.tenantId().value(),
            AUTOMATIC,
            limited(practice.name() + " (automatic reply)"),
            null,
            at);
    seal.sealBody(reply, current.autoReply());
    em.persist(reply);
    conversation.received(reply);
    audit.record(
        AuditRecord.success(AUTOMATIC, AuditAction.AUTO_REPLY_SENT)
            .about(
                "client "
                    + conversation.clientId()
                    + " conversation "
                    + conversation.id()
                    + " message "
                    + reply.id()
                    + " sent"));
  }

  private static String limited(String name) {
    return name.length() <= Message.NAME_LENGTH ? name : name.substring(0, Message.NAME_LENGTH);
  }
}

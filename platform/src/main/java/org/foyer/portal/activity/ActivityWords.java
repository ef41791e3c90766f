package org.foyer.portal.activity;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.foyer.audit.ActivityEvent;
import org.foyer.audit.AuditAction;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.Relationship;

/**
 * Audit events told as the end of a plain sentence ("opened your record", "downloaded Intake
 * packet.pdf"), addressed to the client or to a contact acting for them ("Ella Brooks's record").
 * Actions this class does not know yet, added by later features, still read sensibly from their
 * names.
 */
public final class ActivityWords {

  private ActivityWords() {}

  /**
   * @param profile whose record it is, as the caller acts for it
   * @param fileName the document the event is about, when it is about one the caller may see
   */
  static String what(ActivityEvent event, ClientProfile profile, String fileName) {
    return what(
        event, profile.relationship() == Relationship.SELF, profile.displayName(), fileName);
  }

  /**
   * The event told of a client by name, as the practice's access history reads it ("opened Morgan
   * Ellis's record").
   */
  public static String aboutClient(ActivityEvent event, String clientName, String fileName) {
    return what(event, false, clientName, fileName);
  }

  /**
   * @param self whether the words are addressed to the client ("your record") or tell of them by
   *     {@code name} ("Ella Brooks's record")
   */
  private static String what(ActivityEvent event, boolean self, String name, String fileName) {
    String whose = self ? "your" : name + "'s";
    String whom = self ? "you" : name;
    String subject = event.subject() == null ? "" : event.subject();
    String document = fileName == null ? "a document" : fileName;
    if (event.action().isEmpty()) {
      return "worked on " + whose + " record";
    }
    AuditAction action = event.action().get();
    return switch (action) {
      case RECORD_READ ->
          subject.endsWith(" contacts listed")
              ? "looked at " + whose + " contacts"
              : subject.matches("client \\S+ contact \\S+ read")
                  ? "looked at one of " + whose + " contacts"
                  : "opened " + whose + " record";
      case RECORD_CHANGED ->
          subject.endsWith(" created")
              ? "created " + whose + " record"
              : "changed " + whose + " record";
      case DOCUMENT_DOWNLOADED -> "downloaded " + document;
      case DOCUMENT_UPLOADED -> "added " + document + " to " + whose + " documents";
      case DOCUMENT_FILED -> "filed " + document + " in " + whose + " documents";
      case CLIENT_INVITED -> "invited " + whom + " to the portal";
      case CLIENT_INVITATION_ACCEPTED -> "accepted the invitation to the portal";
      case CONSENT_ACCEPTED -> "agreed to electronic records and signatures";
      case INTAKE_SENT -> "sent " + whose + " intake forms";
      case INTAKE_RESENT -> "sent " + whose + " intake forms again";
      case INTAKE_REMINDED -> "sent a reminder about " + whose + " intake forms";
      case INTAKE_WITHDRAWN -> "withdrew a form sent to " + whom + " by mistake";
      case INTAKE_SUBMITTED -> "submitted a form";
      case INTAKE_SIGNED -> "signed a form";
      case INTAKE_SUBMISSION_READ -> "read a form " + (self ? "you" : "they") + " submitted";
      case INTAKE_ACKNOWLEDGED -> "acknowledged a form " + (self ? "you" : "they") + " submitted";
      case INTAKE_PREFILL_TAKEN -> "updated " + whose + " record from a submitted form";
      case CONTACT_ADDED -> "added a contact to " + whose + " record";
      case CONTACT_CHANGED -> "changed a contact on " + whose + " record";
      case CONTACT_REMOVED -> "removed a contact from " + whose + " record";
      case CONTACT_ACCESS_REVOKED -> "ended a contact's portal access to " + whose + " record";
      case CONTACTS_REVIEWED_AT_18 ->
          "reviewed who may act for "
              + whom
              + " after "
              + (self ? "your" : "their")
              + " 18th birthday";
      case CONVERSATION_STARTED -> "started a conversation about " + whom;
      case MESSAGE_SENT -> "sent a message in a conversation about " + whom;
      case CONVERSATION_READ -> "read a conversation about " + whom;
      case MESSAGE_RETRACTED -> "retracted a message in a conversation about " + whom;
      case AUTO_REPLY_SENT -> "sent the practice's automatic reply in a conversation about " + whom;
      case CONVERSATION_ASSIGNED -> "assigned a conversation about " + whom + " to the care team";
      case CONVERSATION_DONE -> "marked a conversation about " + whom + " done";
      case CONVERSATION_REOPENED -> "reopened a conversation about " + whom;
      case CONVERSATION_FLAGGED, CONVERSATION_UNFLAGGED ->
          "changed the follow-up mark of a conversation about " + whom;
      case MESSAGE_ATTACHMENT_ADDED -> "attached a file to a message about " + whom;
      case MESSAGE_ATTACHMENT_DOWNLOADED -> "downloaded a file sent in a message about " + whom;
      case MESSAGE_ATTACHMENT_FILED -> "filed a file sent in a message in " + whose + " documents";
      case APPOINTMENT_BOOKED -> "booked an appointment for " + whom;
      case APPOINTMENT_REQUESTED -> "asked for an appointment for " + whom;
      case APPOINTMENT_MOVED -> "moved an appointment of " + whom;
      case APPOINTMENT_STATUS_CHANGED -> "changed an appointment of " + whom;
      case APPOINTMENT_REMINDED -> "sent a reminder of an appointment of " + whom;
      case APPOINTMENT_WAITLIST -> "changed the waiting list place of " + whom;
      case INSURANCE_SUBMITTED -> "sent insurance details for " + whom;
      case INSURANCE_READ -> "looked at " + whose + " insurance details";
      case INSURANCE_REVIEWED -> "checked " + whose + " insurance details";
      case BILLING_VIEWED -> "looked at " + whose + " invoices and payments";
      case PAYMENT_TAKEN -> "made a payment for " + whom;
      case CARD_SAVED -> "saved a card for " + whose + " payments";
      case CARD_REMOVED -> "removed a saved card of " + whose + " payments";
      case AUTOPAY_CONSENTED -> "turned on autopay for " + whose + " invoices";
      case AUTOPAY_WITHDRAWN -> "turned off autopay for " + whose + " invoices";
      case ACCESS_HISTORY_READ -> "reviewed who reached " + whose + " record";
      case CLIENT_PROFILE_SELECTED -> "switched the portal to " + whose + " profile";
      case CONSENT_REFUSED -> "declined electronic records and signatures";
      case INTAKE_FORM_OPENED -> "opened a form sent to " + whom;
      case INTAKE_DRAFT_SAVED -> "saved a form sent to " + whom + " to finish later";
      case INTAKE_SIGNATURE_DRAWN -> "drew a signature on a form of " + whose;
      case INTAKE_FLAG_NOTIFIED -> "was told of an answer on a form of " + whose + " to follow up";
      case INTAKE_BLANK_PACKET_PRINTED -> "printed blank intake forms for " + whom;
      case CONFIDENTIALITY_CHANGED -> "changed what " + whose + " guardians may see";
      case DIAGNOSES_VIEWED -> "looked at " + whose + " diagnoses";
      case DIAGNOSIS_ADDED -> "added a diagnosis to " + whose + " record";
      case DIAGNOSIS_REMOVED -> "removed a diagnosis from " + whose + " record";
      case LEDGER_VIEWED -> "looked at " + whose + " account";
      case CHARGE_POSTED -> "posted a charge to " + whose + " account";
      case LEDGER_ADJUSTED -> "corrected " + whose + " account";
      case INVOICE_CREATED -> "drafted an invoice for " + whom;
      case INVOICE_VIEWED -> "looked at an invoice of " + whose;
      case INVOICE_SENT -> "sent an invoice to " + whom;
      case INVOICE_VOIDED -> "voided an invoice of " + whose;
      case STATEMENT_FILED -> "filed a statement in " + whose + " documents";
      case SUPERBILL_FILED -> "filed a superbill in " + whose + " documents";
      case PAYMENT_VIEWED -> "looked at a payment of " + whose;
      case PAYMENT_SETTLED -> "settled a payment for " + whom;
      case PAYMENT_REFUNDED -> "refunded a payment of " + whose;
      case AUTOPAY_CHARGED -> "charged " + whose + " card by autopay";
      case CALENDAR_FEED_CHANGED -> "changed a calendar address of " + whose + " appointments";
      default -> "recorded \u201c" + humanised(action) + "\u201d on " + whose + " record";
    };
  }

  /**
   * Who an actor of the audit log is to people reading it: a member of staff by name, the system
   * and the operator by what they are; empty for anyone else (a portal login, a typed address).
   */
  public static Optional<String> knownActor(String actor, Map<String, String> staffNames) {
    if (staffNames.containsKey(actor)) {
      return Optional.of(staffNames.get(actor));
    }
    return switch (actor) {
      case "system" -> Optional.of("The practice's system");
      case "operator" -> Optional.of("Foyer's operator");
      default -> Optional.empty();
    };
  }

  /** FORM_SUBMITTED as "form submitted". */
  public static String humanised(AuditAction action) {
    return action.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}

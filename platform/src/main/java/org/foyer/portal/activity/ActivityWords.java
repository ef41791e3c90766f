package org.foyer.portal.activity;

import java.util.Locale;
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
final class ActivityWords {

  private ActivityWords() {}

  /**
   * @param profile whose record it is, as the caller acts for it
   * @param fileName the document the event is about, when it is about one the caller may see
   */
  static String what(ActivityEvent event, ClientProfile profile, String fileName) {
    boolean self = profile.relationship() == Relationship.SELF;
    String whose = self ? "your" : profile.displayName() + "'s";
    String whom = self ? "you" : profile.displayName();
    String subject = event.subject() == null ? "" : event.subject();
    String document = fileName == null ? "a document" : fileName;
    if (event.action().isEmpty()) {
      return "worked on " + whose + " record";
    }
    AuditAction action = event.action().get();
    return switch (action) {
      case RECORD_READ -> "opened " + whose + " record";
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
      default -> "recorded \u201c" + humanised(action) + "\u201d on " + whose + " record";
    };
  }

  /** FORM_SUBMITTED as "form submitted". */
  static String humanised(AuditAction action) {
    return action.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}

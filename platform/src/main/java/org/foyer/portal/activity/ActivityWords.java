package org.foyer.portal.activity;

import java.util.Locale;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditEvent;

/**
 * Audit events told as the end of a plain sentence ("opened your record", "downloaded Intake
 * packet.pdf"). Actions this class does not know yet, added by later features, still read sensibly
 * from their names.
 */
final class ActivityWords {

  private ActivityWords() {}

  /**
   * @param whose "your", or "Ella Brooks's" for a contact acting for someone
   * @param fileName the document the event is about, when it is about one the caller may see
   */
  static String what(AuditEvent event, String whose, String fileName) {
    String subject = event.subject() == null ? "" : event.subject();
    String document = fileName == null ? "a document" : fileName;
    AuditAction action;
    try {
      action = event.action();
    } catch (IllegalArgumentException newerThanThisCode) {
      return "worked on " + whose + " record";
    }
    return switch (action) {
      case RECORD_READ -> "opened " + whose + " record";
      case RECORD_CHANGED ->
          subject.endsWith(" created")
              ? "created " + whose + " record"
              : "changed " + whose + " record";
      case DOCUMENT_DOWNLOADED -> "downloaded " + document;
      case DOCUMENT_UPLOADED -> "added " + document + " to " + whose + " documents";
      case DOCUMENT_FILED -> "filed " + document + " in " + whose + " documents";
      default -> "recorded \u201c" + humanised(action) + "\u201d on " + whose + " record";
    };
  }

  /** FORM_SUBMITTED as "form submitted". */
  static String humanised(AuditAction action) {
    return action.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}

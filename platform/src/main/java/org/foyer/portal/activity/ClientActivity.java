package org.foyer.portal.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.audit.ActivityEvent;
import org.foyer.audit.AuditAction;
import org.foyer.audit.control.AuditLog;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.documents.boundary.GeneralDocuments;
import org.foyer.messages.boundary.ConversationLists;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.KeptForms;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.ClientLogins;
import org.foyer.portal.account.boundary.ContactNetwork;

/**
 * Who at the practice opened or changed a client's record and documents, for the client or a
 * contact acting for them. Read from the audit log (only events about this client); staff are named
 * and the caller's own portal actions are "You". The client's own login also sees what each contact
 * did on their behalf, by name and relationship; a contact sees no other contact's actions, nor
 * anything about items kept from guardians. Looking at this view is not itself recorded: it shows
 * the caller nothing they did not already have the right to see, and would fill their own view with
 * their own visits.
 */
@ApplicationScoped
public class ClientActivity {

  public static final int PAGE_SIZE = 20;

  /**
   * Left out: the caller's own comings and goings that say nothing about the practice (switching
   * profiles, opening a form, every automatic draft save, each signature stroke), and the alert a
   * clinician receives about a questionnaire answer, which is for the clinician to raise with the
   * client rather than for the client to discover in a log.
   */
  private static final Set<AuditAction> LEFT_OUT =
      Set.of(
          AuditAction.CLIENT_PROFILE_SELECTED,
          AuditAction.INTAKE_FORM_OPENED,
          AuditAction.INTAKE_DRAFT_SAVED,
          AuditAction.INTAKE_SIGNATURE_DRAWN,
          AuditAction.INTAKE_FLAG_NOTIFIED);

  /**
   * A contact's view also leaves out staff marking items confidential from guardians: the mark is
   * itself what the contact must not learn.
   */
  private static final Set<AuditAction> LEFT_OUT_FOR_CONTACTS =
      Set.of(
          AuditAction.CLIENT_PROFILE_SELECTED,
          AuditAction.INTAKE_FORM_OPENED,
          AuditAction.INTAKE_DRAFT_SAVED,
          AuditAction.INTAKE_SIGNATURE_DRAWN,
          AuditAction.INTAKE_FLAG_NOTIFIED,
          AuditAction.CONFIDENTIALITY_CHANGED);

  private StaffDirectory staff;
  private AuditLog audit;
  private ContactNetwork network;
  private GeneralDocuments documents;
  private ClientLogins logins;
  private KeptForms keptForms;
  private ConversationLists conversations;

  protected ClientActivity() {}

  @Inject
  public ClientActivity(
      StaffDirectory staff,
      AuditLog audit,
      ContactNetwork network,
      GeneralDocuments documents,
      ClientLogins logins,
      KeptForms keptForms,
      ConversationLists conversations) {
    this.staff = staff;
    this.audit = audit;
    this.network = network;
    this.documents = documents;
    this.logins = logins;
    this.keptForms = keptForms;
    this.conversations = conversations;
  }

  /**
   * One page of the client's activity, newest first.
   *
   * @param beforeSeq where the page starts: {@link Long#MAX_VALUE} for the newest
   * @throws NotFound unless the caller is a portal login whose access to the client stands
   */
  @Transactional(readOnly = true)
  public ActivityPage listActivity(Caller caller, UUID clientId, long beforeSeq) {
    if (caller.kind() != Caller.Kind.PORTAL || clientId == null) {
      throw new NotFound("That client profile");
    }
    ClientProfile profile = network.getProfile(caller, clientId);
    boolean self = profile.relationship() == Relationship.SELF;
    List<ActivityEvent> events =
        audit.listClientActivity(
            clientId,
            caller.email(),
            self,
            self ? LEFT_OUT : LEFT_OUT_FOR_CONTACTS,
            beforeSeq,
            PAGE_SIZE + 1);
    boolean older = events.size() > PAGE_SIZE;
    List<ActivityEvent> page = older ? events.subList(0, PAGE_SIZE) : events;
    Map<String, String> staffNames = staffNames(page);
    Map<UUID, String> fileNames = documents.fileNames(caller, clientId, idsOf("document", page));
    Set<UUID> kept = documents.keptFrom(caller, clientId, idsOf("document", page));
    Set<UUID> keptFormIds =
        self ? Set.of() : keptForms.keptFromGuardians(clientId, idsOf("form", page));
    Set<UUID> keptConversations =
        conversations.hiddenFrom(caller, clientId, self, idsOf("conversation", page));
    List<ActivityEntry> entries = new ArrayList<>();
    for (ActivityEvent event : page) {
      if (event.idOf("document").filter(kept::contains).isPresent()
          || event.idOf("form").filter(keptFormIds::contains).isPresent()
          || event.idOf("conversation").filter(keptConversations::contains).isPresent()) {
        // A document kept from guardians is not even mentioned to them.
        continue;
      }
      entries.add(
          new ActivityEntry(
              event.seq(),
              event.occurredAt(),
              who(event, caller, clientId, staffNames),
              ActivityWords.what(
                  event, profile, event.idOf("document").map(fileNames::get).orElse(null))));
    }
    return new ActivityPage(
        entries, older ? OptionalLong.of(page.get(page.size() - 1).seq()) : OptionalLong.empty());
  }

  private String who(
      ActivityEvent event, Caller caller, UUID clientId, Map<String, String> staffNames) {
    if (event.onBehalfOf() != null) {
      if (event.actor().equalsIgnoreCase(caller.email())) {
        return "You";
      }
      // Only the client's own view lists contacts' actions: "Maria Rivera (Parent), on your
      // behalf".
      return logins.findNameInNetwork(clientId, event.actor()).orElse(event.actor())
          + ", on your behalf,";
    }
    return ActivityWords.knownActor(event.actor(), staffNames).orElse(event.actor());
  }

  private Map<String, String> staffNames(List<ActivityEvent> events) {
    Set<String> actors =
        events.stream()
            .filter(event -> event.onBehalfOf() == null)
            .map(ActivityEvent::actor)
            .collect(Collectors.toSet());
    return staff.namesByEmail(actors);
  }

  private static Set<UUID> idsOf(String noun, List<ActivityEvent> events) {
    return events.stream()
        .map(event -> event.idOf(noun))
        .flatMap(Optional::stream)
        .collect(Collectors.toSet());
  }
}

package org.foyer.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.audit.entity.AuditAnchor;
import org.foyer.audit.entity.BrokenLink;
import org.foyer.audit.entity.ChainHash;
import org.foyer.audit.entity.ChainVerification;
import org.foyer.core.mail.MailKind;
import org.foyer.core.mail.Outbox;
import org.foyer.core.mail.OutgoingMail;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.core.tenancy.TenantId;
import org.foyer.security.crypto.MasterKey;

/**
 * Anchors a practice's audit chain outside the database: verifies it against the last anchor, then
 * signs the current head and writes it to the anchor file, the server log and the practice's
 * administrators' mail, three places one database owner cannot all reach. A chain that no longer
 * verifies is never anchored, so an anchor cannot make a tampered chain look vouched for.
 */
@ApplicationScoped
public class AuditAnchoring {

  private static final Logger LOG = Logger.getLogger(AuditAnchoring.class.getName());

  private UnitOfWork unitOfWork;
  private StaffDirectory staff;
  private AuditVerifier verifier;
  private AnchorFile anchors;
  private Outbox outbox;
  private MasterKey masterKey;
  private Clock clock;

  protected AuditAnchoring() {}

  @Inject
  public AuditAnchoring(
      UnitOfWork unitOfWork,
      StaffDirectory staff,
      AuditVerifier verifier,
      AnchorFile anchors,
      Outbox outbox,
      MasterKey masterKey,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.staff = staff;
    this.verifier = verifier;
    this.anchors = anchors;
    this.outbox = outbox;
    this.masterKey = masterKey;
    this.clock = clock;
  }

  /** Verifies the current practice's chain against its last anchor, and checks that anchor. */
  public ChainVerification verify() {
    TenantId practice = Tenancy.require();
    Optional<AuditAnchor> last = anchors.findLast(practice);
    if (last.isEmpty()) {
      return verifier.verify();
    }
    if (!last.get().isSignedWith(key())) {
      return ChainVerification.broken(
          0,
          ChainHash.GENESIS,
          new BrokenLink(
              last.get().events(),
              BrokenLink.Reason.ANCHOR_FORGED,
              "the last anchor in the anchor file does not carry a valid signature"));
    }
    return verifier.verify(last.get());
  }

  /** Anchors the practice's head now; empty (and a warning logged) when the chain is broken. */
  public Optional<AuditAnchor> anchor(TenantId practice) {
    return unitOfWork.inTenant(practice, () -> anchorCurrent(practice));
  }

  private Optional<AuditAnchor> anchorCurrent(TenantId practice) {
    ChainVerification chain = verify();
    if (!chain.isIntact()) {
      LOG.warning(
          () ->
              "The audit log of practice "
                  + practice
                  + " does not verify ("
                  + chain.brokenLink().detail()
                  + "); it was not anchored");
      return Optional.empty();
    }
    AuditAnchor anchor =
        AuditAnchor.sign(practice, chain.intactEvents(), chain.headHash(), clock.instant(), key());
    anchors.append(anchor);
    LOG.info(() -> "Audit anchor " + anchor.line());
    for (String administrator : staff.listAdministratorEmails()) {
      outbox.enqueue(
          OutgoingMail.text(
              MailKind.AUDIT_ANCHOR,
              administrator,
              "Audit log fingerprint for your records",
              text(anchor)));
    }
    return Optional.of(anchor);
  }

  private static String text(AuditAnchor anchor) {
    return "This is the daily fingerprint of your practice's audit log. Keep this email: if the"
        + " log were ever changed or shortened, it would no longer match, and the audit check in"
        + " Foyer (or your support) can show it.\n\n"
        + "Events recorded: "
        + anchor.events()
        + "\nFingerprint: "
        + anchor.headHash()
        + "\nSignature: "
        + anchor.signature()
        + "\n";
  }

  private SecretKey key() {
    return AuditAnchor.anchorKey(masterKey.key());
  }
}

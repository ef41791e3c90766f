package org.foyer.portal.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.core.errors.InvalidInput;
import org.foyer.portal.account.entity.PortalAccount;
import org.foyer.portal.invitation.SamplePortal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The consent to electronic records: versions, acceptance with the text's hash, asking again. */
class ElectronicConsentTest {

  SamplePortal portal;
  UUID account;

  @BeforeEach
  void login() {
    portal = new SamplePortal();
    account =
        portal.in(
            () -> {
              PortalAccount login = new PortalAccount("jordan@example.org", "Jordan Avery");
              login.activate("hash");
              SamplePortal.db.entityManager().persist(login);
              return login.id();
            });
  }

  ElectronicConsent consent(ConsentTexts texts) {
    return new ElectronicConsent(
        SamplePortal.db.entityManager(), portal.audit, texts, portal.clock);
  }

  boolean owed(ElectronicConsent consent) {
    return portal.in(() -> consent.isOwed(account));
  }

  ConsentAcceptance accept(ElectronicConsent consent, int version, String language) {
    return portal.in(
        () ->
            consent.accept(
                account,
                "jordan@example.org",
                new ConsentGiven(version, language, "203.0.113.9", "x".repeat(500))));
  }

  @Test
  void anyAcceptanceAmongTheLoginsCountsWhateverItsVersion() {
    ElectronicConsent consent = consent(ConsentTexts.shipped());
    UUID stranger = UUID.randomUUID();
    assertThat(portal.in(() -> consent.anyAccepted(List.of(account, stranger)))).isFalse();
    assertThat(portal.in(() -> consent.anyAccepted(List.of()))).isFalse();

    accept(consent, consent.currentVersion(), "en");

    assertThat(portal.in(() -> consent.anyAccepted(List.of(stranger, account)))).isTrue();
    assertThat(portal.in(() -> consent.anyAccepted(List.of(stranger)))).isFalse();
  }

  @Test
  void theShippedTextsHaveAFirstVersionInEnglishAndSpanish() {
    ConsentTexts shipped = ConsentTexts.shipped();
    assertThat(shipped.currentVersion()).isGreaterThanOrEqualTo(1);
    ConsentText english = shipped.current("en");
    ConsentText spanish = shipped.current("ES");
    assertThat(english.text()).contains("electronic");
    assertThat(spanish.language()).isEqualTo("es");
    assertThat(spanish.text()).contains("electrónic");
    assertThat(english.sha256()).hasSize(64).isNotEqualTo(spanish.sha256());
    assertThat(shipped.current("fr").language()).isEqualTo("en");
  }

  @Test
  void acceptanceRecordsTheVersionTheHashOfTheTextAndWhere() {
    ElectronicConsent consent = consent(ConsentTexts.shipped());
    assertThat(owed(consent)).isTrue();

    ConsentAcceptance accepted = accept(consent, consent.currentVersion(), "es");

    assertThat(owed(consent)).isFalse();
    assertThat(accepted.consentVersion()).isEqualTo(consent.currentVersion());
    assertThat(accepted.language()).isEqualTo("es");
    assertThat(accepted.textSha256()).isEqualTo(ConsentText.sha256(consent.current("es").text()));
    assertThat(accepted.acceptedAt()).isEqualTo(SamplePortal.START);
    assertThat(accepted.address()).isEqualTo("203.0.113.9");
    assertThat(accepted.userAgent()).hasSize(ConsentAcceptance.USER_AGENT_LENGTH);
    assertThat(portal.in(() -> portal.audit.listRecent(5)))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.CONSENT_ACCEPTED);
              assertThat(e.subject()).contains(accepted.textSha256());
            });
  }

  @Test
  void aNewVersionIsAskedForAgain() {
    ConsentTexts first = ConsentTexts.of(List.of(ConsentText.of(1, "en", "First wording.")));
    accept(consent(first), 1, "en");
    assertThat(owed(consent(first))).isFalse();

    ConsentTexts second =
        ConsentTexts.of(
            List.of(
                ConsentText.of(1, "en", "First wording."),
                ConsentText.of(2, "en", "Second wording.")));
    ElectronicConsent updated = consent(second);
    assertThat(owed(updated)).isTrue();

    assertThatThrownBy(() -> accept(updated, 1, "en"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid -> assertThat(invalid.fieldErrors()).containsKey("consent"));
    assertThat(owed(updated)).isTrue();

    accept(updated, 2, "en");
    assertThat(owed(updated)).isFalse();
  }

  @Test
  void refusingIsAuditedAndLeavesTheConsentOwed() {
    ElectronicConsent consent = consent(ConsentTexts.shipped());
    portal.run(() -> consent.refuse(account, "jordan@example.org", "203.0.113.9"));
    assertThat(owed(consent)).isTrue();
    assertThat(portal.in(() -> portal.audit.listRecent(5)))
        .anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.CONSENT_REFUSED));
  }

  @Test
  void everyVersionNeedsAnEnglishText() {
    assertThatThrownBy(() -> ConsentTexts.of(List.of(ConsentText.of(1, "es", "Solo español."))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ConsentTexts.of(List.of())).isInstanceOf(IllegalStateException.class);
  }
}

package org.foyer.admin.staff.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What other features may read of a practice's staff, and only of the practice running. */
class StaffDirectoryTest {

  SamplePractice practice;
  SamplePractice other;
  StaffDirectory directory;

  @BeforeEach
  void twoPractices() {
    practice = new SamplePractice();
    other = new SamplePractice();
    directory = new StaffDirectory(SamplePractice.db.entityManager());
  }

  UUID therapist() {
    return practice.staff.get(StaffRole.THERAPIST);
  }

  UUID inviteTherapist(String email, String name) {
    return practice
        .in(
            () ->
                practice
                    .administration()
                    .invite(
                        practice.caller(StaffRole.ADMINISTRATOR),
                        email,
                        name,
                        StaffRole.THERAPIST,
                        Set.of()))
        .id();
  }

  @Test
  void aProfileSaysWhoTheMemberIsAndWhetherTheyMayHoldClients() {
    StaffProfile profile = practice.in(() -> directory.findProfile(therapist())).orElseThrow();

    assertThat(profile.displayName()).isEqualTo("Therapist Person");
    assertThat(profile.email()).isEqualTo("therapist@" + practice.slug + ".test");
    assertThat(profile.role()).isEqualTo(StaffRole.THERAPIST);
    assertThat(profile.canSignIn()).isTrue();
    assertThat(profile.canHoldClients()).isTrue();
  }

  @Test
  void anotherPracticesMemberIsNotFoundLikeAnUnknownOne() {
    assertThat(other.in(() -> directory.findProfile(therapist()))).isEmpty();
    assertThat(practice.in(() -> directory.findProfile(UUID.randomUUID()))).isEmpty();
    assertThat(practice.in(() -> directory.findProfile(null))).isEmpty();
  }

  @Test
  void cliniciansAreTheActiveTherapistsByName() {
    UUID invited = inviteTherapist("zed@example.org", "Aaron Invited");
    UUID second =
        practice.in(
            () -> {
              StaffMember member =
                  new StaffMember("bea@example.org", "Bea Second", StaffRole.THERAPIST);
              member.activate("hash");
              SamplePractice.db.entityManager().persist(member);
              return member.id();
            });

    List<StaffProfile> clinicians = practice.in(directory::listClinicians);

    assertThat(clinicians).extracting(StaffProfile::id).containsExactly(second, therapist());
    assertThat(practice.in(() -> directory.findProfile(invited)).orElseThrow().canHoldClients())
        .isFalse();
    assertThat(other.in(directory::listClinicians))
        .extracting(StaffProfile::id)
        .containsExactly(other.staff.get(StaffRole.THERAPIST));
  }

  @Test
  void namesAreFoundByAddressOnlyForThePracticesStaff() {
    String therapistEmail = "therapist@" + practice.slug + ".test";
    String elsewhere = "therapist@" + other.slug + ".test";

    assertThat(
            practice.in(
                () -> directory.namesByEmail(Set.of(therapistEmail, elsewhere, "x@example.org"))))
        .containsExactly(java.util.Map.entry(therapistEmail, "Therapist Person"));
    assertThat(practice.in(() -> directory.namesByEmail(Set.of()))).isEmpty();
  }

  @Test
  void administratorsToTellAreTheActiveOnes() {
    practice.run(
        () -> {
          StaffMember invited =
              new StaffMember("new.admin@example.org", "New Admin", StaffRole.ADMINISTRATOR);
          SamplePractice.db.entityManager().persist(invited);
        });

    assertThat(practice.in(directory::listAdministratorEmails))
        .containsExactly("administrator@" + practice.slug + ".test");
  }
}

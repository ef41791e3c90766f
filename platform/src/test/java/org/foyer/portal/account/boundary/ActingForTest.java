package org.foyer.portal.account.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.foyer.core.errors.NotFound;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.Relationship;
import org.junit.jupiter.api.Test;

/**
 * Which client a portal request is about. Whether the login may act for it is the serving service's
 * check (tested with each feature); here only the choice between the named client and the current
 * profile, and what a malformed or missing one answers.
 */
class ActingForTest {

  private final UUID ella = UUID.randomUUID();
  private final ActingFor actingFor = new ActingFor();

  @Test
  void withoutANamedClientTheRequestIsAboutTheProfileActedFor() {
    actingFor.choose(profile(ella));

    assertThat(actingFor.client((String) null, "That invoice")).isEqualTo(ella);
    assertThat(actingFor.client("  ", "That invoice")).isEqualTo(ella);
    assertThat(actingFor.current("That invoice")).isEqualTo(ella);
    assertThat(actingFor.client((UUID) null, "That invoice")).isEqualTo(ella);
  }

  @Test
  void aNamedClientIsTheOneTheRequestIsAbout() {
    actingFor.choose(profile(ella));
    UUID sibling = UUID.randomUUID();

    assertThat(actingFor.client(sibling.toString(), "That invoice")).isEqualTo(sibling);
    assertThat(actingFor.client(sibling, "That invoice")).isEqualTo(sibling);
  }

  @Test
  void aMalformedClientIsNotFoundEvenWithAProfileToFallBackOn() {
    actingFor.choose(profile(ella));

    assertThatThrownBy(() -> actingFor.client("' OR 1=1 --", "That invoice"))
        .isInstanceOf(NotFound.class)
        .hasMessage("That invoice was not found");
  }

  @Test
  void noProfileAndNoNamedClientIsNotFound() {
    assertThatThrownBy(() -> actingFor.client((String) null, "That appointment"))
        .isInstanceOf(NotFound.class)
        .hasMessage("That appointment was not found");

    actingFor.choose(profile(ella));
    actingFor.clear();

    assertThatThrownBy(() -> actingFor.current("That form")).isInstanceOf(NotFound.class);
  }

  private static ClientProfile profile(UUID client) {
    return new ClientProfile(client, "Ella Brooks", Relationship.PARENT, "Parent", true, Set.of());
  }
}

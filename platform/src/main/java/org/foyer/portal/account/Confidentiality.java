package org.foyer.portal.account;

import java.util.Map;
import org.foyer.core.errors.InvalidInput;
import org.foyer.portal.account.boundary.GuardianPrivacy;

/**
 * The body of the routes that keep a document or a sent form from the client's guardians ({@link
 * GuardianPrivacy}): {@code {"confidentialFromGuardians": true}} keeps the item from every contact
 * acting for the client, {@code false} shows it to them again. One record for both routes, so that
 * the API documents one schema.
 */
public record Confidentiality(Boolean confidentialFromGuardians) {

  /**
   * The choice the body carries.
   *
   * @throws InvalidInput when there is no body or it says neither true nor false
   */
  public static boolean chosenIn(Confidentiality body) {
    if (body == null || body.confidentialFromGuardians() == null) {
      throw new InvalidInput(
          "The request needs a JSON body",
          Map.of("confidentialFromGuardians", "Say true or false"));
    }
    return body.confidentialFromGuardians();
  }
}

package org.foyer.security.signin;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.foyer.core.runtime.RuntimeSettings;
import org.foyer.security.crypto.MasterKey;

/** A fixed all-zero master key for tests that seal second-factor secrets. */
public final class SampleKeys {

  public static final MasterKey MASTER_KEY =
      new MasterKey(
          RuntimeSettings.read(
              name ->
                  Optional.ofNullable(
                      Map.of(
                              RuntimeSettings.MASTER_KEY,
                              Base64.getEncoder().encodeToString(new byte[32]))
                          .get(name))));

  private SampleKeys() {}
}

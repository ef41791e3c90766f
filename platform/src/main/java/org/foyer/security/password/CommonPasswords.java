package org.foyer.security.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The bundled list of passwords attackers try first, loaded once. NIST 800-63B asks verifiers to
 * refuse such values; the list is short on purpose because the length rule already refuses
 * everything under the minimum.
 */
final class CommonPasswords {

  static final String RESOURCE = "common-passwords.txt";

  private static final Set<String> ALL = load();

  private CommonPasswords() {}

  static boolean contains(CharSequence password) {
    return ALL.contains(password.toString().toLowerCase(Locale.ROOT));
  }

  static int size() {
    return ALL.size();
  }

  private static Set<String> load() {
    InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE + " next to the class");
    }
    Set<String> set = new HashSet<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          set.add(entry.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Set.copyOf(set);
  }
}

package org.foyer.forms.json;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import com.networknt.schema.format.EmailFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code email} format, as networknt checks it, but also accepting the top-level domains RFC
 * 2606 and RFC 6761 reserve for testing and documentation ({@code .test}, {@code .example}). The
 * validator's domain check knows only delegated TLDs, so a demonstration or staging practice whose
 * client records use such addresses had its own pre-filled answers refused on submit. The rest of
 * the address is held to exactly the same rules as any other.
 */
final class EmailAddressFormat implements Format {

  private static final Pattern RESERVED_TLD = Pattern.compile("\\.(test|example)$");

  private final EmailFormat delegated = new EmailFormat();

  @Override
  public String getName() {
    return delegated.getName();
  }

  @Override
  public String getMessageKey() {
    return delegated.getMessageKey();
  }

  @Override
  public boolean matches(ExecutionContext context, String value) {
    if (delegated.matches(context, value)) {
      return true;
    }
    // Checked as if under an ordinary delegated TLD, so nothing else is relaxed.
    String lower = value.toLowerCase(Locale.ROOT);
    return RESERVED_TLD.matcher(lower).find()
        && delegated.matches(context, RESERVED_TLD.matcher(lower).replaceFirst(".org"));
  }
}

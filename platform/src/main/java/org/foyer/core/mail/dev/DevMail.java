package org.foyer.core.mail.dev;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.foyer.core.mail.Outbox;
import org.foyer.core.runtime.RuntimeSettings;

/**
 * The development mail page's bean: the practice's newest mail. Production answers 404 before this
 * bean is reached (see {@link DevelopmentOnlyFilter}); it lists nothing there all the same.
 */
@Named
@RequestScoped
public class DevMail {

  @Inject Outbox outbox;
  @Inject RuntimeSettings settings;

  private List<CapturedMail> messages;

  public List<CapturedMail> getMessages() {
    if (messages == null) {
      messages =
          settings.isProduction()
              ? List.of()
              : outbox.listRecent().stream().map(CapturedMail::of).toList();
    }
    return messages;
  }
}

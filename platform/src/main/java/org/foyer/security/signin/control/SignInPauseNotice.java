package org.foyer.security.signin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.web.routing.RoutedPractice;
import org.foyer.security.signin.SignInPaused;

/**
 * Tells an account's holder that sign-in was paused from somewhere, in its own unit of work so the
 * mail is queued through the outbox. Typed emails without an account get nothing, which nobody
 * outside can tell apart: the sign-in page answers the same either way.
 */
@ApplicationScoped
@Transactional
public class SignInPauseNotice {

  @Inject AccountSessions accounts;
  @Inject Event<SignInPaused> paused;

  public void notice(RoutedPractice practice, String email, Instant until) {
    accounts
        .findHolder(email)
        .ifPresent(
            holder ->
                paused.fire(
                    new SignInPaused(
                        practice.tenant(),
                        holder.email(),
                        holder.displayName(),
                        "/p/" + practice.slug().value() + "/forgot-password",
                        until)));
  }
}

package org.foyer.core.web.guard;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;
import org.foyer.core.runtime.RuntimeSettings;

/**
 * Marks the session cookie Secure in production (which runs behind HTTPS). Development serves plain
 * HTTP on localhost, where a Secure cookie would not come back from every client, so there it is
 * off unless {@code FOYER_SECURE_COOKIES} says otherwise. HttpOnly is in web.xml and SameSite=Lax
 * in payara-web.xml (Payara Micro does not send web.xml's SameSite attribute); both are always on.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  static final String SECURE_COOKIES = "foyer.secure.cookies";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    RuntimeSettings settings =
        RuntimeSettings.read(
            name -> ConfigProvider.getConfig().getOptionalValue(name, String.class));
    boolean secure =
        ConfigProvider.getConfig()
            .getOptionalValue(SECURE_COOKIES, Boolean.class)
            .orElse(settings.isProduction());
    event.getServletContext().getSessionCookieConfig().setSecure(secure);
  }
}

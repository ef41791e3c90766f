package org.foyer.core.web.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one place that says where a request comes from, for the sign-in throttle, the audit log and
 * sign-in records: the forwarded address when the connection is from a trusted proxy ({@link
 * TrustedProxies}), else the socket's peer. Computed once per request and kept on it, so the
 * authentication mechanism (which runs before any filter) and the pages agree.
 */
@ApplicationScoped
public class ClientAddress {

  static final String ATTRIBUTE = ClientAddress.class.getName();

  private final TrustedProxies proxies;

  public ClientAddress() {
    this(
        TrustedProxies.parse(
            ConfigProvider.getConfig()
                .getOptionalValue(TrustedProxies.SETTING, String.class)
                .orElse("")));
  }

  public ClientAddress(TrustedProxies proxies) {
    this.proxies = proxies;
  }

  public TrustedProxies trustedProxies() {
    return proxies;
  }

  /** The client's address for this request. */
  public String of(HttpServletRequest request) {
    Object known = request.getAttribute(ATTRIBUTE);
    if (known instanceof String address) {
      return address;
    }
    String socket = request.getRemoteAddr();
    List<String> forwarded =
        proxies.isEmpty() ? List.of() : Collections.list(request.getHeaders("X-Forwarded-For"));
    String address = proxies.clientAddress(socket, forwarded);
    request.setAttribute(ATTRIBUTE, address);
    return address;
  }
}

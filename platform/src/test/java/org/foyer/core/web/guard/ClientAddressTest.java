package org.foyer.core.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One answer per request, from the headers only when a trusted proxy sent them. */
class ClientAddressTest {

  final ClientAddress behindProxy = new ClientAddress(TrustedProxies.parse("10.0.0.0/8"));

  @Test
  void theForwardedClientCountsOnlyFromATrustedProxy() {
    assertThat(behindProxy.of(request("10.0.0.2", "198.51.100.7"))).isEqualTo("198.51.100.7");
    assertThat(behindProxy.of(request("203.0.113.9", "198.51.100.7"))).isEqualTo("203.0.113.9");
    assertThat(new ClientAddress(TrustedProxies.NONE).of(request("10.0.0.2", "198.51.100.7")))
        .isEqualTo("10.0.0.2");
  }

  @Test
  void theAddressIsWorkedOutOnceAndKeptOnTheRequest() {
    HttpServletRequest request = request("10.0.0.2", "198.51.100.7");
    behindProxy.of(request);

    // Later readers (the filter's wrapper, the pages) get the same answer from the request.
    assertThat(request.getAttribute(ClientAddress.ATTRIBUTE)).isEqualTo("198.51.100.7");
    assertThat(new ClientAddress(TrustedProxies.NONE).of(request)).isEqualTo("198.51.100.7");
  }

  /** Only the peer, one header and attributes matter here. */
  static HttpServletRequest request(String peer, String forwardedFor) {
    Map<String, Object> attributes = new HashMap<>();
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRemoteAddr" -> peer;
                  case "getHeaders" ->
                      "X-Forwarded-For".equalsIgnoreCase((String) args[0])
                          ? Collections.enumeration(List.of(forwardedFor))
                          : Collections.emptyEnumeration();
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}

package org.foyer.core.web.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which address the throttle and the audit log see, behind proxies trusted or not. */
class TrustedProxiesTest {

  final TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.5 2001:db8::/32");

  @Test
  void withoutTrustedProxiesTheSocketAddressIsTheClientWhateverTheHeaderSays() {
    assertThat(TrustedProxies.parse("").clientAddress("203.0.113.9", List.of("1.2.3.4")))
        .isEqualTo("203.0.113.9");
    assertThat(TrustedProxies.parse(null).isEmpty()).isTrue();
  }

  @Test
  void aSpoofedHeaderFromAnUntrustedConnectionIsIgnored() {
    assertThat(proxies.clientAddress("203.0.113.9", List.of("10.1.1.1, 198.51.100.7")))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void behindATrustedProxyTheForwardedClientCounts() {
    assertThat(proxies.clientAddress("10.0.0.2", List.of("198.51.100.7")))
        .isEqualTo("198.51.100.7");
  }

  @Test
  void theChainIsReadRightToLeftSkippingTrustedHopsSoAClientCannotPrependAFakeAddress() {
    // The client sent "X-Forwarded-For: 1.1.1.1" itself; its proxy appended the real address.
    assertThat(
            proxies.clientAddress(
                "10.0.0.2", List.of("1.1.1.1, 198.51.100.7, 192.168.1.5", "10.9.9.9")))
        .isEqualTo("198.51.100.7");
  }

  @Test
  void aMalformedHopEndsTheWalkAtTheLastKnownAddress() {
    assertThat(proxies.clientAddress("10.0.0.2", List.of("evil.example, 192.168.1.5")))
        .isEqualTo("192.168.1.5");
    assertThat(proxies.clientAddress("10.0.0.2", List.of("<script>"))).isEqualTo("10.0.0.2");
    assertThat(proxies.clientAddress("10.0.0.2", List.of())).isEqualTo("10.0.0.2");
  }

  @Test
  void cidrBlocksMatchByPrefixInBothFamilies() {
    assertThat(proxies.trusts("10.255.0.1")).isTrue();
    assertThat(proxies.trusts("11.0.0.1")).isFalse();
    assertThat(proxies.trusts("192.168.1.5")).isTrue();
    assertThat(proxies.trusts("192.168.1.6")).isFalse();
    assertThat(proxies.trusts("2001:db8:1::7")).isTrue();
    assertThat(proxies.trusts("2001:db9::7")).isFalse();
    assertThat(TrustedProxies.parse("172.16.0.0/12").trusts("172.31.255.255")).isTrue();
    assertThat(TrustedProxies.parse("172.16.0.0/12").trusts("172.32.0.1")).isFalse();
  }

  @Test
  void aBadSettingNamesTheEntry() {
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/8, proxy.internal"))
        .hasMessageContaining("'proxy.internal'");
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33"))
        .hasMessageContaining("prefix length of 0 to 32");
  }
}

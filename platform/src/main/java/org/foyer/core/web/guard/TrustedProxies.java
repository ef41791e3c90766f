package org.foyer.core.web.guard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-For} Foyer believes ({@code FOYER_TRUSTED_PROXIES}:
 * addresses or CIDR blocks, IPv4 or IPv6, separated by commas or blanks). Anyone can send the
 * header, so it only counts when the connection itself comes from one of these; the header is read
 * right to left, skipping hops that are themselves trusted, and the first untrusted hop is the
 * client. Without any trusted proxy the socket address is the client, whatever the header says.
 */
public final class TrustedProxies {

  public static final String SETTING = "foyer.trusted.proxies";
  public static final TrustedProxies NONE = new TrustedProxies(List.of());

  // Literal addresses only: a host name here would make every request wait for DNS.
  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

  private final List<Block> blocks;

  private TrustedProxies(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  /**
   * Parses the setting.
   *
   * @throws IllegalArgumentException naming the entry that is not an address or CIDR block
   */
  public static TrustedProxies parse(String setting) {
    if (setting == null || setting.isBlank()) {
      return NONE;
    }
    List<Block> blocks = new ArrayList<>();
    for (String entry : setting.strip().split("[,\\s]+")) {
      blocks.add(Block.parse(entry));
    }
    return new TrustedProxies(blocks);
  }

  public boolean isEmpty() {
    return blocks.isEmpty();
  }

  /** Whether the connection came from a configured proxy. */
  public boolean trusts(String address) {
    Optional<byte[]> bytes = bytesOf(address);
    return bytes.isPresent() && blocks.stream().anyMatch(b -> b.contains(bytes.get()));
  }

  /**
   * The client's address: the socket's peer unless that is a trusted proxy, in which case the
   * right-most hop of the forwarded chain that is not itself trusted. A malformed hop ends the walk
   * at the last address known good, so a proxy that passes garbage on cannot make up a client.
   *
   * @param socketAddress the connection's peer ({@code getRemoteAddr()})
   * @param forwardedFor every {@code X-Forwarded-For} header value, in the order received
   */
  public String clientAddress(String socketAddress, List<String> forwardedFor) {
    String client = socketAddress;
    if (!trusts(client)) {
      return client;
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      for (String hop : header.split(",")) {
        hops.add(hop.strip());
      }
    }
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (bytesOf(hop).isEmpty()) {
        return client;
      }
      client = hop;
      if (!trusts(hop)) {
        return hop;
      }
    }
    return client;
  }

  private static Optional<byte[]> bytesOf(String address) {
    if (address == null || address.isEmpty() || !LITERAL.matcher(address).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(address).getAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** One address or CIDR block. */
  private record Block(byte[] network, int prefix) {

    static Block parse(String entry) {
      int slash = entry.indexOf('/');
      String address = slash < 0 ? entry : entry.substring(0, slash);
      byte[] bytes =
          bytesOf(address)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "FOYER_TRUSTED_PROXIES: '"
                              + entry
                              + "' is not an IP address or CIDR block such as 10.0.0.0/8"));
      int bits = bytes.length * 8;
      int prefix = bits;
      if (slash >= 0) {
        try {
          prefix = Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException e) {
          prefix = -1;
        }
        if (prefix < 0 || prefix > bits) {
          throw new IllegalArgumentException(
              "FOYER_TRUSTED_PROXIES: '" + entry + "' needs a prefix length of 0 to " + bits);
        }
      }
      return new Block(bytes, prefix);
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (address[full] & mask) == (network[full] & mask);
    }
  }
}

package org.foyer.admin.packs;

import java.util.List;

/**
 * Which open intake packets use a pack's forms. Implemented by the packets feature, which depends
 * on this one; the interface keeps the dependency pointing one way.
 */
public interface PackUsage {

  /** Names of open packets with an item from the pack; empty when none. */
  List<String> packetsUsing(String packKey);
}

package org.ss7sim.simulator.node.hlr;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.ss7sim.simulator.node.Subscribers;

/**
 * Where an HLR's subscribers are registered: the VLR number and MSC number it holds for each (TS
 * 23.008 §2.4.5 and §2.4.6). At start every subscriber is at the MSC/VLR the network file gives it;
 * an UpdateLocation the HLR accepts replaces both (TS 23.012 §4.1.2.3). The HLR answers SRI-for-SM
 * with the MSC number and sends ProvideRoamingNumber to the VLR number held here. A PurgeMS from
 * the VLR held sets the subscriber's "MS purged for non-GPRS" flag (TS 23.012 §3.6.1.4, TS 23.008
 * §2.7.6), which the next accepted UpdateLocation clears. Owned by the HLR's thread.
 */
final class RegisteredLocations {
  /** The serving VLR's and MSC's numbers (E.164 global titles). */
  record Location(String vlrNumber, String mscNumber) {}

  private final Subscribers subscribers;
  private final Map<String, Location> updated = new HashMap<>();
  private final Set<String> purged = new HashSet<>();

  RegisteredLocations(Subscribers subscribers) {
    this.subscribers = subscribers;
  }

  /** The location held for {@code r}: the last accepted update, else the network file's MSC. */
  Location of(Subscribers.Record r) {
    Location l = updated.get(r.imsi());
    if (l != null) {
      return l;
    }
    String gt = subscribers.globalTitleOf(r.msc());
    return new Location(gt, gt);
  }

  /** Stores {@code now} for {@code r} and returns the location it replaces. */
  Location update(Subscribers.Record r, Location now) {
    Location before = of(r);
    updated.put(r.imsi(), now);
    purged.remove(r.imsi());
    return before;
  }

  /**
   * PurgeMS from {@code vlrNumber} (TS 23.012 §3.6.1.4): when it is the VLR held for {@code r},
   * {@code r} is marked purged and true is returned (the VLR may freeze the TMSI); from any other
   * VLR nothing changes and false is returned.
   */
  boolean purge(Subscribers.Record r, String vlrNumber) {
    if (vlrNumber == null || !vlrNumber.equals(of(r).vlrNumber())) {
      return false;
    }
    purged.add(r.imsi());
    return true;
  }

  /** Whether {@code r} was purged by its VLR and has not updated its location since. */
  boolean isPurged(Subscribers.Record r) {
    return purged.contains(r.imsi());
  }
}

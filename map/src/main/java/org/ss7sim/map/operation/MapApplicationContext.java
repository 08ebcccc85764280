package org.ss7sim.map.operation;

import java.util.Optional;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * MAP application contexts (TS 29.002 §17.3.3): {@code map-ac} = {itu-t(0)
 * identified-organization(4) etsi(0) mobileDomain(0) gsm-Network(1) ac-Id(0) context version}. Each
 * knows the versions it exists in.
 */
public enum MapApplicationContext {
  NETWORK_LOC_UP(1, 1, 3),
  LOCATION_CANCELLATION(2, 1, 3),
  ROAMING_NUMBER_ENQUIRY(3, 1, 3),
  LOCATION_INFO_RETRIEVAL(5, 1, 3),
  RESET(10, 1, 2),
  INFO_RETRIEVAL(14, 1, 3),
  INTER_VLR_INFO_RETRIEVAL(15, 2, 3),
  SUBSCRIBER_DATA_MNGT(16, 1, 3),
  NETWORK_FUNCTIONAL_SS(18, 1, 2),
  NETWORK_UNSTRUCTURED_SS(19, 2, 2),
  SHORT_MSG_GATEWAY(20, 1, 3),
  /** shortMsgMO-RelayContext (v3); shortMsgRelayContext in v1 and v2. */
  SHORT_MSG_MO_RELAY(21, 1, 3),
  SHORT_MSG_ALERT(23, 1, 2),
  MWD_MNGT(24, 1, 3),
  SHORT_MSG_MT_RELAY(25, 2, 3),
  IMSI_RETRIEVAL(26, 2, 2),
  MS_PURGING(27, 2, 3),
  SUBSCRIBER_INFO_ENQUIRY(28, 3, 3),
  ANY_TIME_ENQUIRY(29, 3, 3),
  GPRS_LOCATION_UPDATE(32, 3, 3);

  private final int id;
  private final int minVersion;
  private final int maxVersion;

  MapApplicationContext(int id, int minVersion, int maxVersion) {
    this.id = id;
    this.minVersion = minVersion;
    this.maxVersion = maxVersion;
  }

  /** The ac-Id arc. */
  public int id() {
    return id;
  }

  public int minVersion() {
    return minVersion;
  }

  public int maxVersion() {
    return maxVersion;
  }

  public boolean supports(int version) {
    return version >= minVersion && version <= maxVersion;
  }

  /** The application context name of {@code version}. */
  public ObjectIdentifier oid(int version) {
    if (!supports(version)) {
      throw new IllegalArgumentException(this + " has no version " + version);
    }
    return ObjectIdentifier.of(0, 4, 0, 0, 1, 0, id, version);
  }

  /** A context name and version. */
  public record Versioned(MapApplicationContext context, int version) {
    public ObjectIdentifier oid() {
      return context.oid(version);
    }
  }

  /** The context and version an application context name stands for, if it is a MAP one we know. */
  public static Optional<Versioned> of(ObjectIdentifier oid) {
    long[] a = oid.arcs();
    if (a.length != 8
        || a[0] != 0
        || a[1] != 4
        || a[2] != 0
        || a[3] != 0
        || a[4] != 1
        || a[5] != 0) {
      return Optional.empty();
    }
    for (MapApplicationContext c : values()) {
      if (c.id == a[6] && c.supports((int) a[7])) {
        return Optional.of(new Versioned(c, (int) a[7]));
      }
    }
    return Optional.empty();
  }
}

package org.ss7sim.simulator.config.network;

/**
 * How an M3UA application server spreads traffic over its active ASPs (RFC 4666 §3.8.1 Traffic Mode
 * Type, §4.3.4.3). Written in lower case in the file.
 */
public enum TrafficMode {
  /** One ASP carries everything; a newly active one takes over (NTFY Alternate ASP Active). */
  OVERRIDE(1),
  /** Shared over the active ASPs by SLS; the default. */
  LOADSHARE(2),
  /** Every active ASP gets every message. */
  BROADCAST(3);

  private final int code;

  TrafficMode(int code) {
    this.code = code;
  }

  /** The Traffic Mode Type value on the wire (RFC 4666 §3.8.1). */
  public int code() {
    return code;
  }
}

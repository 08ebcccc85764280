package org.ss7sim.simulator.config.network;

/** The M3UA role of one end of a link (RFC 4666 §1.2). */
public enum LinkRole {
  ASP,
  SGP,
  IPSP;

  /** The role the other end must have. */
  public LinkRole peerRole() {
    return switch (this) {
      case ASP -> SGP;
      case SGP -> ASP;
      case IPSP -> IPSP;
    };
  }
}

package org.ss7sim.simulator.config.network;

import java.util.List;
import java.util.Locale;
import org.ss7sim.sccp.Ssn;

/** The kinds of node of DESIGN.md §3. Written in lower case in the file. */
public enum NodeKind {
  /** A switch: ISUP over trunk groups, INAP queries to an SCP. */
  SSP(List.of(Ssn.INAP)),
  /** A signal transfer point: MTP routing and SCCP global title translation. */
  STP(List.of()),
  /** A service control point: INAP number translation. */
  SCP(List.of(Ssn.INAP)),
  /** A home location register. */
  HLR(List.of(Ssn.HLR)),
  /** An MSC with its VLR. */
  MSC(List.of(Ssn.MSC, Ssn.VLR)),
  /** An SMS centre (SMS-GMSC/IWMSC) with an SMPP server. */
  SMSC(List.of(Ssn.MSC)),
  /** An SMPP client; not a signaling point. */
  ESME(List.of()),
  /**
   * A plain signaling endpoint (a point code, its SSNs and GTs) of unspecified function: only as an
   * external node, played by the user's equipment.
   */
  ENDPOINT(List.of()),
  /**
   * An attacker on the interconnect (docs/security.md): an SCCP/TCAP endpoint of another network
   * that sends arbitrary MAP operations with spoofed calling GTs (scenario kind {@code attack}) and
   * plays a VLR/MSC towards whatever answers it.
   */
  ATTACKER(List.of(Ssn.HLR, Ssn.VLR, Ssn.MSC));

  private final List<Ssn> defaultSsns;

  NodeKind(List<Ssn> defaultSsns) {
    this.defaultSsns = defaultSsns;
  }

  /** The subsystems a node of this kind has when the file names none. */
  public List<Ssn> defaultSsns() {
    return defaultSsns;
  }

  /** Whether the node is an SS7 signaling point (has a point code and M3UA links). */
  public boolean isSignalingPoint() {
    return this != ESME;
  }

  /** How the kind is written in the file. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package org.ss7sim.m3ua.node;

/** Named counters of an M3UA node, for the simulator's statistics. */
public enum Counter {
  /** M3UA messages received (decodable or not). */
  RECEIVED,
  /** M3UA messages sent. */
  SENT,
  /** DATA messages received. */
  DATA_RECEIVED,
  /** DATA messages sent. */
  DATA_SENT,
  /** MTP-TRANSFER indications given to a local user part. */
  DELIVERED,
  /** DATA forwarded by the STP function (not for this point code). */
  FORWARDED,
  /** Messages discarded: no available route to the DPC. */
  DISCARDED_NO_ROUTE,
  /**
   * Messages discarded by the STP function because the only route left goes back to the link set
   * they came in on (Q.704 §13.2.2: an STP does not return a message to the neighbour that routed
   * it here; the sender gets DUNA).
   */
  DISCARDED_WOULD_RETURN,
  /**
   * Messages sent on an alternative route because the normal one (the best priority) cannot carry
   * them now: changeover and forced rerouting (Q.704 §5, §7), e.g. over the other STP of a mated
   * pair.
   */
  DIVERTED,
  /** Messages held in an AS-PENDING application server for T(r) (RFC 4666 §4.3.4.3). */
  BUFFERED,
  /**
   * Held messages retrieved at T(r) expiry and sent over the route left (changeover buffer
   * retrieval, Q.704 §5.3.1) instead of being discarded.
   */
  CHANGED_OVER,
  /**
   * Messages stored in a changeback buffer while T3 ran: the normal route was back but earlier
   * messages could still be on their way over the alternative (Q.704 §6.4, §8.2).
   */
  CHANGEBACK_BUFFERED,
  /** Messages discarded: no user part registered for the SI (DUPU sent). */
  DISCARDED_NO_USER,
  /** Messages discarded: undecodable (ERR sent). */
  DISCARDED_MALFORMED,
  /** Messages discarded: well formed but unacceptable now (ERR sent). */
  DISCARDED_UNEXPECTED,
  /** Messages held while an AS was pending and then dropped at T(r) expiry. */
  DISCARDED_PENDING,
  /** ERR messages sent. */
  ERR_SENT,
  /** ERR messages received. */
  ERR_RECEIVED,
  /** Associations aborted because BEAT ACK did not come in time. */
  HEARTBEAT_TIMEOUTS,
  /** Associations closed on acceptance: the peer's address is not configured for the server. */
  REFUSED_PEERS,
  /**
   * ASP Active / ASP Inactive naming a routing context of an AS the peer's address is not
   * configured for (ERR Invalid Routing Context sent).
   */
  REFUSED_ROUTING_CONTEXTS,
  /**
   * Routing keys in REG REQ refused, with any status (RFC 4666 §3.6.2): "Permission Denied" when
   * dynamic registration is off, the key was registered by another peer, or its DPC is this node's
   * own or configured over others' links; "Cannot Support Unique Routing", "Invalid DPC", ... for
   * keys this node cannot serve. The {@link RefusalListener} is told the link, the peer and the
   * status.
   */
  REFUSED_REGISTRATIONS,
  /**
   * ASP Active without a routing context from an ASP no AS is configured for (ERR "No Configured AS
   * for ASP", 0x1a, sent).
   */
  REFUSED_NO_CONFIGURED_AS,
  /**
   * ASP Active naming a traffic mode other than the AS's, or one not known (ERR "Unsupported
   * Traffic Mode Type", 0x05, sent).
   */
  REFUSED_TRAFFIC_MODES,
  /**
   * DATA carrying a routing context that is unknown or that the sending ASP is not active for (ERR
   * "Invalid Routing Context", 0x19, sent; the message is dropped, not forwarded).
   */
  REFUSED_DATA,
  /**
   * DATA with another Network Appearance than the link's (ERR "Invalid Network Appearance", 0x15,
   * sent; message dropped).
   */
  REFUSED_NETWORK_APPEARANCES,
  /**
   * ERR answers not sent because the association used up its budget ({@link
   * M3uaNodeBuilder#errorRateLimit}).
   */
  ERR_SUPPRESSED,
  /**
   * Refusal closes of associations from addresses not allowed beyond the per-address budget: closed
   * without a log line (they also count in {@link #REFUSED_PEERS}).
   */
  REFUSALS_SUPPRESSED
}

package org.ss7sim.sccp.gtt;

/** How a rule chooses among its destinations (Q.714 §2.4, §5.2.5 replicated subsystems). */
public enum SelectionMode {
  /** One destination; when it is unavailable the message cannot be delivered. */
  SOLITARY,
  /** Primary then backups: the first destination in the list that is available. */
  DOMINANT,
  /** Load sharing: among the available destinations, chosen by the SLS (so class 1 keeps order). */
  LOADSHARE
}

package org.ss7sim.tcap.dialogue;

/** {@code Associate-result ::= INTEGER { accepted (0), reject-permanent (1) }} (Q.773 table 46). */
public enum AssociateResult {
  ACCEPTED,
  REJECT_PERMANENT;

  public int code() {
    return ordinal();
  }
}

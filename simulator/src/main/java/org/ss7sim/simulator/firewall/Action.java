package org.ss7sim.simulator.firewall;

/** What a rule does with a message it matches. */
public sealed interface Action {
  Allow ALLOW = new Allow();
  Drop DROP = new Drop();
  TcapAbort TCAP_ABORT = new TcapAbort();
  LogOnly LOG_ONLY = new LogOnly();

  /** Forward; stop looking at further rules. */
  record Allow() implements Action {}

  /** Discard silently. */
  record Drop() implements Action {}

  /**
   * Answer the dialogue with a TCAP P-Abort (resourceLimitation) to the calling party, as a
   * firewall does; a message that opens no dialogue (End, Abort) is dropped.
   */
  record TcapAbort() implements Action {}

  /** Return the message with a UDTS of this return cause (Q.713 §3.12). */
  record Udts(int cause) implements Action {
    public Udts {
      if (cause < 0 || cause > 255) {
        throw new IllegalArgumentException("return cause out of range: " + cause);
      }
    }
  }

  /** Count and log, then go on with the next rules. */
  record LogOnly() implements Action {}

  /** Whether the message does not reach its destination. */
  default boolean blocks() {
    return !(this instanceof Allow) && !(this instanceof LogOnly);
  }

  /** The name as in the network file. */
  default String text() {
    if (this instanceof Udts u) {
      return "udts(" + u.cause() + ")";
    }
    if (this instanceof Allow) {
      return "allow";
    }
    if (this instanceof Drop) {
      return "drop";
    }
    if (this instanceof TcapAbort) {
      return "tcap-abort";
    }
    return "log-only";
  }
}

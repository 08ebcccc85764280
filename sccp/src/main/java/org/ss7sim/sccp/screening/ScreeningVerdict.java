package org.ss7sim.sccp.screening;

import java.util.Objects;
import org.ss7sim.sccp.ReturnCause;
import org.ss7sim.wire.Octets;

/** What SCRC does with a screened message. */
public sealed interface ScreeningVerdict {
  /** Forward the message as translated. */
  Allow ALLOW = new Allow();

  /** Discard silently. */
  Drop DROP = new Drop();

  /** Forward. */
  record Allow() implements ScreeningVerdict {}

  /** Discard, counted as screened. */
  record Drop() implements ScreeningVerdict {}

  /**
   * Do not forward; run the return procedure (Q.714 §4.2) with this cause: a UDTS/XUDTS/LUDTS to
   * the originator when the message asked for return on error, else discard.
   */
  record Return(ReturnCause cause) implements ScreeningVerdict {
    public Return {
      Objects.requireNonNull(cause, "cause");
    }
  }

  /**
   * Do not forward; send {@code data} back to the calling party in a UDT (class 0) from the called
   * address, as if the destination had answered — how a firewall aborts a TCAP dialogue.
   */
  record Answer(Octets data) implements ScreeningVerdict {
    public Answer {
      Objects.requireNonNull(data, "data");
    }
  }
}

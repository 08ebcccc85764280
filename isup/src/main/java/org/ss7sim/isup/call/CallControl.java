package org.ss7sim.isup.call;

import org.ss7sim.isup.parameter.CauseValue;

/**
 * The call-control service of one exchange's ISUP (the requests of Q.764's call processing control
 * towards ISUP), one method per request. Calls on the owning thread only.
 */
public interface CallControl {
  /**
   * Seizes a circuit of the trunk group and sends IAM. When no circuit can be seized the call is
   * released at once ({@link CallControlUser#onRelease} with cause 34 before this method returns).
   */
  CallReference placeCall(CallSetup setup);

  /** Overlap sending: further digits as SAM; {@code last} appends ST. */
  void sendDigits(CallReference call, String digits, boolean last);

  /**
   * Terminating side: the called party is alerted (ACM, called party's status "subscriber free").
   */
  void alert(CallReference call);

  /**
   * Terminating side: ACM with this called party's status (Q.763 §3.5 c: 0 no indication, 1
   * subscriber free, 2 connect when free), e.g. "no indication" for an interworking node that only
   * knows the call progresses (Q.1912.5: SIP 183 → ACM). The default sends "subscriber free" only.
   */
  default void alert(CallReference call, int calledPartyStatus) {
    if (calledPartyStatus != 1) {
      throw new UnsupportedOperationException("called party's status " + calledPartyStatus);
    }
    alert(call);
  }

  /**
   * Terminating side: call progress (CPG) with an event of {@link
   * org.ss7sim.isup.parameter.EventInformation}, e.g. in-band information or call forwarding.
   */
  void progress(CallReference call, int event);

  /** Terminating side: the called party answers (ANM, or CON when no ACM was sent). */
  void answer(CallReference call);

  /**
   * Either side: release the call with {@code cause} (REL); busy and unallocated are releases too.
   */
  void release(CallReference call, CauseValue cause);

  /** Number of calls not yet ended: zero after a scenario that released everything. */
  int activeCalls();
}

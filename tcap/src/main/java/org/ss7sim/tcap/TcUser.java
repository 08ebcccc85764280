package org.ss7sim.tcap;

import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.Reject;

/**
 * The TC-user's side of the TC service (Q.771 §3.1, §3.2): one method per indication. Called on the
 * thread that owns the {@link TcapStack}; a method may call back into the stack and the dialogue
 * (for example answer a TC-BEGIN with {@code dialogue.end()}) before returning.
 */
public interface TcUser {
  /** TC-BEGIN indication: a new dialogue in state initiation received. */
  void onBegin(BeginIndication indication);

  /** TC-CONTINUE indication. */
  void onContinue(ContinueIndication indication);

  /** TC-END indication: the dialogue is already released. */
  void onEnd(EndIndication indication);

  /** TC-U-ABORT or TC-P-ABORT indication, or the dialogue's idle timeout: already released. */
  void onAbort(AbortIndication indication);

  /** TC-UNI indication. */
  default void onUnidirectional(UnidirectionalIndication indication) {}

  /** TC-NOTICE indication: SCCP returned a message of this dialogue (Q.771 §3.2.2.3). */
  default void onNotice(NoticeIndication indication) {}

  /**
   * TC-L-CANCEL indication: the invocation timer of {@code invokeId} ran out (Q.771 §3.1.2.4); for
   * class 2 operations this means success.
   */
  default void onInvokeTimeout(Dialogue dialogue, InvokeId invokeId) {}

  /**
   * TC-L-REJECT indication: the component sublayer rejected a received component; the Reject goes
   * to the peer with the dialogue's next message unless the dialogue has ended.
   */
  default void onLocalReject(Dialogue dialogue, Reject reject) {}
}

package org.ss7sim.map.service;

import org.ss7sim.map.message.MapParameter;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.tcap.component.InvokeId;

/**
 * The MAP service user of a node (HLR, MSC/VLR, SMSC …): one method per indication. Called on the
 * thread that owns the TCAP stack; a method may answer at once through the {@link MapDialogue}.
 */
public interface MapUser {
  /**
   * A peer invoked an operation (MAP service indication). Answer with {@link
   * MapDialogue#returnResult} or {@link MapDialogue#returnError}, then {@link MapDialogue#close} or
   * {@link MapDialogue#send}.
   *
   * @deprecated untyped: the argument must be cast. Implement {@link TypedMapUser} (or override
   *     {@link #onInvocation}) and narrow with {@link Invocation#as}.
   */
  @Deprecated
  void onInvoke(
      MapDialogue dialogue, InvokeId invokeId, MapOperation operation, MapParameter argument);

  /**
   * A peer invoked an operation (MAP service indication), typed by the operation's descriptor. The
   * stack calls this; by default it passes the invocation on to the untyped {@link #onInvoke}.
   */
  @SuppressWarnings("deprecation")
  default void onInvocation(Invocation<?, ?> invocation) {
    onInvoke(
        invocation.dialogue(),
        invocation.invokeId(),
        invocation.mapOperation(),
        invocation.argument());
  }

  /** A peer opened a dialogue (MAP-OPEN indication), before its invokes are delivered. */
  default void onOpen(MapDialogue dialogue) {}

  /** The dialogue ended normally (MAP-CLOSE indication). */
  default void onClose(MapDialogue dialogue) {}

  /** SCCP could not deliver a message of the dialogue (MAP-NOTICE indication). */
  default void onNotice(MapDialogue dialogue, String cause) {}

  /** The dialogue was aborted by the peer or the provider (MAP-U/P-ABORT indication). */
  default void onAbort(MapDialogue dialogue, String reason) {}
}

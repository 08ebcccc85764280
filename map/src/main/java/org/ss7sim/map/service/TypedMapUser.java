package org.ss7sim.map.service;

import org.ss7sim.map.message.MapParameter;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.tcap.component.InvokeId;

/**
 * A {@link MapUser} that receives invokes only typed, as {@link Invocation}s: implement {@link
 * #onInvocation} and narrow with {@link Invocation#as}, no cast needed.
 */
public interface TypedMapUser extends MapUser {
  @Override
  void onInvocation(Invocation<?, ?> invocation);

  /** Not called by the stack (it calls {@link #onInvocation}); kept for the untyped contract. */
  @Override
  @Deprecated
  default void onInvoke(
      MapDialogue dialogue, InvokeId invokeId, MapOperation operation, MapParameter argument) {
    onInvocation(Invocation.of(dialogue, invokeId, operation, argument));
  }
}

package org.ss7sim.map.service;

import java.util.Optional;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.map.operation.MapOperations;
import org.ss7sim.map.operation.Operation;
import org.ss7sim.tcap.component.InvokeId;

/**
 * A received invoke (MAP service indication) with its operation's types: answer it with {@link
 * #returnResult} (the operation's result type) or {@link #returnError}. {@link #as} narrows an
 * invocation of unknown operation to a typed one without a cast:
 *
 * <pre>{@code
 * public void onInvocation(Invocation<?, ?> inv) {
 *   inv.as(MapOperations.SEND_ROUTING_INFO_FOR_SM).ifPresent(sri -> {
 *     RoutingInfoForSmArg a = sri.argument();
 *     sri.returnResult(answer(a));
 *     sri.dialogue().close();
 *   });
 * }
 * }</pre>
 */
public record Invocation<A extends MapParameter, R>(
    MapDialogue dialogue, InvokeId invokeId, Operation<A, R> operation, A argument) {

  /** The invocation of {@code operation} typed by its descriptor in {@link MapOperations}. */
  static Invocation<?, ?> of(
      MapDialogue dialogue, InvokeId invokeId, MapOperation operation, MapParameter argument) {
    return typed(dialogue, invokeId, MapOperations.of(operation), argument);
  }

  private static <A extends MapParameter, R> Invocation<A, R> typed(
      MapDialogue dialogue, InvokeId invokeId, Operation<A, R> op, MapParameter argument) {
    return new Invocation<>(dialogue, invokeId, op, op.argument(argument));
  }

  /** This invocation typed as {@code op}, or empty when it is another operation. */
  public <A2 extends MapParameter, R2> Optional<Invocation<A2, R2>> as(Operation<A2, R2> op) {
    if (op.operation() != operation.operation()) {
      return Optional.empty();
    }
    return Optional.of(new Invocation<>(dialogue, invokeId, op, op.argument(argument)));
  }

  /** Whether this is an invocation of {@code op}. */
  public boolean is(Operation<?, ?> op) {
    return op.operation() == operation.operation();
  }

  /** The untyped operation. */
  public MapOperation mapOperation() {
    return operation.operation();
  }

  /** MAP service response with the result ({@code null} for operations without one). */
  public void returnResult(R result) {
    dialogue.returnResult(invokeId, (MapParameter) result);
  }

  /** MAP service response with a user error. */
  public void returnError(MapError error) {
    dialogue.returnError(invokeId, error);
  }
}
